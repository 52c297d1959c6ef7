using CoopSim.Simulation.Fold;
using CoopSim.Simulation.Results;

namespace CoopSim.Orleans.Wire;

/// <summary>
/// One replication's result as a grain returns it: the kernel's metrics when untraced, or every agency's report
/// when traced, so that the engine collects the trace itself with the same code the kernel uses. The kernel's
/// records travel as they are (their codecs are generated here, see <see cref="KernelRecords"/>).
/// </summary>
[GenerateSerializer, Immutable, Alias("coopsim.replication-outcome")]
internal sealed record ReplicationOutcome
{
    [Id(0)] public ReplicationMetrics? Metrics { get; init; }

    [Id(1)] public AgencyReport[]? Reports { get; init; }

    /// <summary>The silo that ran the replication (its coordinator, for agency grains): how evenly a run spread.</summary>
    [Id(2)] public string? Silo { get; init; }
}
