namespace CoopSim.Orleans.Wire;

/// <summary>A ReachRecord on the wire.</summary>
[GenerateSerializer, Immutable, Alias("coopsim.reach")]
public sealed record WireReach
{
    [Id(0)] public required int Agency { get; init; }

    [Id(1)] public required long AtMs { get; init; }

    [Id(2)] public required int Hops { get; init; }

    [Id(3)] public required int FromAgency { get; init; }

    [Id(4)] public required int Channel { get; init; }

    [Id(5)] public required WireDelay Path { get; init; }

    [Id(6)] public required ulong PathHash { get; init; }
}
