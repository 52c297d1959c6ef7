using CoopSim.Orleans.Wire;
using CoopSim.Simulation.Fold;
using CoopSim.Simulation.Results;

namespace CoopSim.Orleans.Grains;

/// <summary>
/// Stands in on a silo for the client's per-replication probe: it keeps what the fold shows it of each replication
/// of a block (the records of every alert the client's probe observes, and the subjects, copied: the fold reuses its
/// buffers) so that the client can show its own probe the same. Replications of a block are folded side by side,
/// each writing only its own slots.
/// </summary>
internal sealed class RecordingProbe(int[] alerts, int first, int count) : IReplicationProbe
{
    private readonly ReachRecord[]?[] _records = new ReachRecord[]?[count * alerts.Length];
    private readonly SubjectReplication[]?[] _subjects = new SubjectReplication[]?[count];

    public int Alert => alerts.Length == 1 ? alerts[0] : -1;

    public bool ObservesAlert(int alert) => Array.IndexOf(alerts, alert) >= 0;

    public void Bind(WorldIndex index)
    {
    }

    public void ObserveAlert(int replication, ReadOnlySpan<ReachRecord> records) => ObserveAlert(replication, Alert, records);

    public void ObserveAlert(int replication, int alert, ReadOnlySpan<ReachRecord> records) =>
        _records[(replication - first) * alerts.Length + Array.IndexOf(alerts, alert)] = records.ToArray();

    public void ObserveSubjects(int replication, IReadOnlyList<SubjectReplication> subjects) =>
        _subjects[replication - first] = subjects.Select(s => new SubjectReplication(s.InterceptedAtStop, s.LeadTimesMs.ToArray())).ToArray();

    public void Observe(int replication, ReplicationMetrics metrics)
    {
        foreach (var alert in alerts) ObserveAlert(replication, alert, ListSpan.Of(metrics.Alerts[alert].Reached));
        ObserveSubjects(replication, metrics.Subjects);
    }

    /// <summary>What the client's probe is to be shown, replication by replication of the block.</summary>
    public BlockOutcome AddTo(BlockOutcome outcome) => outcome with { ProbeAlerts = _records, ProbeSubjects = _subjects };

    /// <summary>
    /// Shows <paramref name="probe"/> what a silo's recording probe kept of replications <paramref name="first"/> on, as
    /// the fold shows it: each replication's alerts in <paramref name="alerts"/>' order, then its subjects.
    /// </summary>
    public static void Replay(BlockOutcome outcome, int first, int[] alerts, IReplicationProbe probe)
    {
        var records = outcome.ProbeAlerts ?? [];
        var subjects = outcome.ProbeSubjects ?? [];
        var replications = Math.Max(subjects.Length, alerts.Length == 0 ? 0 : records.Length / alerts.Length);
        for (var i = 0; i < replications; i++)
        {
            for (var k = 0; k < alerts.Length; k++)
                if (records[i * alerts.Length + k] is { } kept) probe.ObserveAlert(first + i, alerts[k], kept);
            if (i < subjects.Length && subjects[i] is { } decided) probe.ObserveSubjects(first + i, decided);
        }
    }
}
