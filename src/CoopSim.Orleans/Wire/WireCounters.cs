namespace CoopSim.Orleans.Wire;

/// <summary>A channel's ChannelCounters on the wire.</summary>
[GenerateSerializer, Immutable, Alias("coopsim.counters")]
public sealed record WireCounters
{
    [Id(0)] public required int Messages { get; init; }

    [Id(1)] public required int Lost { get; init; }

    [Id(2)] public required int DroppedByOutage { get; init; }

    [Id(3)] public required int Held { get; init; }

    [Id(4)] public required int Expired { get; init; }
}
