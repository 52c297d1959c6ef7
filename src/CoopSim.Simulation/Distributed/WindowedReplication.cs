using CoopSim.Simulation.Fold;
using CoopSim.Simulation.Results;
using CoopSim.Simulation.Tracing;

namespace CoopSim.Simulation.Distributed;

/// <summary>One replication run by the <see cref="WindowCoordinator"/>, with the reports of the agencies that stepped in it (the others' are empty).</summary>
public sealed record WindowedReplication(ReplicationMetrics Metrics, ReplicationTrace? Trace, IReadOnlyList<AgencyReport> Reports);
