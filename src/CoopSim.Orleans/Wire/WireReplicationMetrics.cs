namespace CoopSim.Orleans.Wire;

/// <summary>One whole replication's metrics, returned by a replication worker on another silo.</summary>
[GenerateSerializer, Immutable, Alias("coopsim.replication-metrics")]
public sealed record WireReplicationMetrics
{
    [Id(0)] public required int Replication { get; init; }

    [Id(1)] public required long Events { get; init; }

    [Id(2)] public required WireAlertReplication[] Alerts { get; init; }

    [Id(3)] public required WireSubjectReplication[] Subjects { get; init; }

    [Id(4)] public required WireCounters[] Channels { get; init; }
}
