namespace CoopSim.Orleans.Wire;

/// <summary>What one agency grain measured in one replication (AgencyReport).</summary>
[GenerateSerializer, Immutable, Alias("coopsim.agency-report")]
public sealed record WireAgencyReport
{
    [Id(0)] public required int Agency { get; init; }

    [Id(1)] public required int FirstOutEdge { get; init; }

    [Id(2)] public required long Events { get; init; }

    [Id(3)] public required WireAlertReach[] Reached { get; init; }

    [Id(4)] public required int[] LostRelays { get; init; }

    [Id(5)] public required WireCounters[] EdgeCounters { get; init; }

    [Id(6)] public required WireHop[]? Hops { get; init; }

    [Id(7)] public required int[] ExpiredEdges { get; init; }
}
