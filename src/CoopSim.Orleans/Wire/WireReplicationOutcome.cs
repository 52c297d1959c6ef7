namespace CoopSim.Orleans.Wire;

/// <summary>
/// One replication's result as a grain returns it: the metrics when untraced, or every agency's report
/// when traced, so that the engine collects the trace itself with the same code the kernel uses.
/// </summary>
[GenerateSerializer, Immutable, Alias("coopsim.replication-outcome")]
public sealed record WireReplicationOutcome
{
    [Id(0)] public WireReplicationMetrics? Metrics { get; init; }

    [Id(1)] public WireAgencyReport[]? Reports { get; init; }

    /// <summary>The silo that ran the replication (its coordinator, for agency grains): how evenly a run spread.</summary>
    [Id(2)] public string? Silo { get; init; }
}
