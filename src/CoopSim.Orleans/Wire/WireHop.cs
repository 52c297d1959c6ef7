namespace CoopSim.Orleans.Wire;

/// <summary>A RawHop on the wire (traced runs only).</summary>
[GenerateSerializer, Immutable, Alias("coopsim.hop")]
public sealed record WireHop
{
    [Id(0)] public required int Sender { get; init; }

    [Id(1)] public required long Seq { get; init; }

    [Id(2)] public required int ParentSender { get; init; }

    [Id(3)] public required long ParentSeq { get; init; }

    [Id(4)] public required int FirstSender { get; init; }

    [Id(5)] public required long FirstSeq { get; init; }

    [Id(6)] public required int Alert { get; init; }

    [Id(7)] public required int Edge { get; init; }

    [Id(8)] public required long SentAtMs { get; init; }

    [Id(9)] public required long ArrivedAtMs { get; init; }

    [Id(10)] public required long ActAtMs { get; init; }

    [Id(11)] public required WireDelay Delays { get; init; }

    [Id(12)] public required int Hops { get; init; }

    [Id(13)] public required int Outcome { get; init; }
}
