namespace CoopSim.Orleans.Wire;

/// <summary>One AgencyMessage on the wire: the event key and payload flattened, because Orleans cannot see inside the kernel's structs.</summary>
[GenerateSerializer, Immutable, Alias("coopsim.message")]
public sealed record WireMessage
{
    [Id(0)] public required long Time { get; init; }

    [Id(1)] public required int Sender { get; init; }

    [Id(2)] public required long Seq { get; init; }

    [Id(3)] public required byte Type { get; init; }

    [Id(4)] public required int Agency { get; init; }

    [Id(5)] public required int Alert { get; init; }

    [Id(6)] public required int Edge { get; init; }

    [Id(7)] public required int Hops { get; init; }

    [Id(8)] public required long SentAtMs { get; init; }

    [Id(9)] public required long ArrivedAtMs { get; init; }

    [Id(10)] public required WireDelay Hop { get; init; }

    [Id(11)] public required int HopSender { get; init; }

    [Id(12)] public required long HopSeq { get; init; }

    [Id(13)] public required int ParentSender { get; init; }

    [Id(14)] public required long ParentSeq { get; init; }
}
