using CoopSim.Simulation.Results;

namespace CoopSim.Simulation.Fold;

/// <summary>
/// A per-replication hook: the kernel hands it each replication's records as it folds them, so that a study that
/// needs one figure per replication (the scenario's answer, per-replication outcomes) need not keep every
/// replication's metrics. Each replication is observed once, but workers fold replications side by side, so an
/// implementation writes only the replication's own slot. The kernel knows nothing of what the probe computes.
/// </summary>
public interface IReplicationProbe
{
    /// <summary>The alert whose records <see cref="ObserveAlert"/> is given (-1: none); valid after <see cref="Bind"/>.</summary>
    int Alert { get; }

    /// <summary>Resolves names in the world; the engine calls it once, before any replication.</summary>
    void Bind(WorldIndex index);

    /// <summary>Replication <paramref name="replication"/>'s records of <see cref="Alert"/>, in agency order.</summary>
    void ObserveAlert(int replication, ReadOnlySpan<ReachRecord> records);

    /// <summary>Replication <paramref name="replication"/>'s subjects, in world order.</summary>
    void ObserveSubjects(int replication, IReadOnlyList<SubjectReplication> subjects);

    /// <summary>A replication's collected metrics (engines that build them anyway).</summary>
    void Observe(int replication, ReplicationMetrics metrics);
}
