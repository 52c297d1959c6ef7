using CoopSim.Orleans.Wire;
using CoopSim.Simulation.Kernel;
using CoopSim.Simulation.Results;

namespace CoopSim.Orleans.Grains;

/// <summary>
/// Stands in on a silo for the client's per-replication probe: it keeps what the fold shows it of each replication
/// of a block (the probe's alert records and the subjects, copied: the fold reuses its buffers) so that the client
/// can show its own probe the same. Replications of a block are folded side by side, each writing only its own slot.
/// </summary>
internal sealed class RecordingProbe(int alert, int first, int count) : IReplicationProbe
{
    private readonly ReachRecord[]?[] _alerts = new ReachRecord[]?[count];
    private readonly SubjectReplication[]?[] _subjects = new SubjectReplication[]?[count];

    public int Alert => alert;

    public void Bind(WorldIndex index)
    {
    }

    public void ObserveAlert(int replication, ReadOnlySpan<ReachRecord> records) => _alerts[replication - first] = records.ToArray();

    public void ObserveSubjects(int replication, IReadOnlyList<SubjectReplication> subjects) =>
        _subjects[replication - first] = subjects.Select(s => new SubjectReplication(s.InterceptedAtStop, s.LeadTimesMs.ToArray())).ToArray();

    public void Observe(int replication, ReplicationMetrics metrics)
    {
        if (alert >= 0) ObserveAlert(replication, ListSpan.Of(metrics.Alerts[alert].Reached));
        ObserveSubjects(replication, metrics.Subjects);
    }

    /// <summary>What the client's probe is to be shown, replication by replication of the block.</summary>
    public BlockOutcome AddTo(BlockOutcome outcome) => outcome with { ProbeAlerts = _alerts, ProbeSubjects = _subjects };

    /// <summary>Shows <paramref name="probe"/> what a silo's recording probe kept of replications <paramref name="first"/> on.</summary>
    public static void Replay(BlockOutcome outcome, int first, IReplicationProbe probe)
    {
        var alerts = outcome.ProbeAlerts ?? [];
        for (var i = 0; i < alerts.Length; i++)
            if (alerts[i] is { } records) probe.ObserveAlert(first + i, records);
        var subjects = outcome.ProbeSubjects ?? [];
        for (var i = 0; i < subjects.Length; i++)
            if (subjects[i] is { } decided) probe.ObserveSubjects(first + i, decided);
    }
}
