using CoopSim.Orleans.Wire;
using CoopSim.Simulation.Fold;
using CoopSim.Simulation.Results;

namespace CoopSim.Orleans.Grains;

/// <summary>
/// Stands in on a silo for the client's per-replication probe: it keeps what the fold shows it of each replication
/// of a block (the records of every alert the client's probe observes, and the subjects), packed as they come
/// (<see cref="ProbeTape"/>; the fold reuses its buffers), so that the client can show its own probe the same.
/// Replications of a block are folded side by side, each writing only its own slots.
/// </summary>
internal sealed class RecordingProbe(int[] alerts, int first, int count, bool paths) : IReplicationProbe
{
    private readonly byte[]?[] _records = new byte[]?[count * alerts.Length];
    private readonly byte[]?[] _subjects = new byte[]?[count];

    public int Alert => alerts.Length == 1 ? alerts[0] : -1;

    public bool ObservesAlert(int alert) => Array.IndexOf(alerts, alert) >= 0;

    public bool ReadsPathDelays => paths;

    public void Bind(WorldIndex index)
    {
    }

    public void ObserveAlert(int replication, ReadOnlySpan<ReachRecord> records) => ObserveAlert(replication, Alert, records);

    public void ObserveAlert(int replication, int alert, ReadOnlySpan<ReachRecord> records) =>
        _records[(replication - first) * alerts.Length + Array.IndexOf(alerts, alert)] = ProbeTape.Records(records, paths);

    public void ObserveSubjects(int replication, IReadOnlyList<SubjectReplication> subjects) =>
        _subjects[replication - first] = ProbeTape.Subjects(subjects);

    public void Observe(int replication, ReplicationMetrics metrics)
    {
        foreach (var alert in alerts) ObserveAlert(replication, alert, ListSpan.Of(metrics.Alerts[alert].Reached));
        ObserveSubjects(replication, metrics.Subjects);
    }

    /// <summary>What the client's probe is to be shown, replication by replication of the block.</summary>
    public BlockOutcome AddTo(BlockOutcome outcome) => outcome with { ProbeTape = ProbeTape.Join(count, alerts.Length, _records, _subjects) };

    /// <summary>
    /// Shows <paramref name="probe"/> what a silo's recording probe kept of replications <paramref name="first"/> on, as
    /// the fold shows it: each replication's alerts in <paramref name="alerts"/>' order, then its subjects.
    /// </summary>
    public static void Replay(BlockOutcome outcome, int first, int[] alerts, bool paths, IReplicationProbe probe)
    {
        if (outcome.ProbeTape is { } tape) ProbeTape.Replay(tape, first, alerts, paths, probe);
    }
}
