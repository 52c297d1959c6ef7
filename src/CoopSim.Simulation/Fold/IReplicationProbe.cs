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

    /// <summary>
    /// Whether <see cref="ObserveAlert"/> wants <paramref name="alert"/>'s records (by default only <see cref="Alert"/>'s);
    /// a probe that writes every alert's outcomes says yes to all.
    /// </summary>
    bool ObservesAlert(int alert) => alert == Alert;

    /// <summary>
    /// Whether <see cref="ObserveAlert(int, ReadOnlySpan{ReachRecord})"/> reads a record's <see cref="ReachRecord.Hops"/> and
    /// <see cref="ReachRecord.Path"/>. A probe that reads only who was reached, when, from whom and by which path says no, and a
    /// silo then ships it each record without them (they are most of a record).
    /// </summary>
    bool ReadsPathDelays => true;

    /// <summary>Resolves names in the world; the engine calls it once, before any replication.</summary>
    void Bind(WorldIndex index);

    /// <summary>
    /// Replication <paramref name="replication"/>'s records of an alert it observes, in agency order, with delays summed
    /// along each first-delivery path. Lanes fold different alerts of one replication at once, so this may be called for
    /// several alerts side by side; <see cref="ObserveSubjects"/> comes after every alert of the replication.
    /// </summary>
    void ObserveAlert(int replication, ReadOnlySpan<ReachRecord> records);

    /// <summary>As <see cref="ObserveAlert(int, ReadOnlySpan{ReachRecord})"/>, naming the alert (for a probe that observes several).</summary>
    void ObserveAlert(int replication, int alert, ReadOnlySpan<ReachRecord> records) => ObserveAlert(replication, records);

    /// <summary>Replication <paramref name="replication"/>'s subjects, in world order.</summary>
    void ObserveSubjects(int replication, IReadOnlyList<SubjectReplication> subjects);

    /// <summary>A replication's collected metrics (engines that build them anyway).</summary>
    void Observe(int replication, ReplicationMetrics metrics);
}
