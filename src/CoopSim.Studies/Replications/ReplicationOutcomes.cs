using CoopSim.Model.Scenario;
using CoopSim.Simulation.Fold;
using CoopSim.Simulation.Results;

namespace CoopSim.Studies.Replications;

/// <summary>
/// Writes every replication's outcomes (per alert and recipient, per subject and stop) as the engine folds it, in
/// replication order. Engines may hand over replications from several workers at once and out of order: each
/// replication's rows wait in a buffer of their own until every replication before it is in, and the rows go to the
/// sink in blocks of whole replications, so memory stays flat however many replications run and the bytes are the
/// same on every engine and worker count.
/// </summary>
public sealed class ReplicationOutcomes : IReplicationProbe, IDisposable
{
    /// <summary>
    /// Rows gathered before the sink writes them (a Parquet row group). Parquet.Net's working memory grows with a row
    /// group: at 2^16 rows the 10^6-replication starter peaked at 236 MiB, at 2^14 at 117 MiB, its file 3% larger.
    /// </summary>
    public const int BlockRows = 1 << 14;

    /// <summary>
    /// A worker that finishes this far ahead of the first unfinished replication waits (up to a second) for the others,
    /// so a stalled worker cannot make the buffer grow without bound.
    /// </summary>
    private const int MaxAhead = 4096;

    private readonly ScenarioModel _scenario;
    private readonly IOutcomeSink _sink;
    private readonly Dictionary<int, Pending> _pending = [];
    private readonly List<OutcomeRow> _block = new(BlockRows);
    private readonly object _gate = new();
    private OutcomeNames? _names;
    private int _next;

    public ReplicationOutcomes(ScenarioModel scenario, IOutcomeSink sink)
    {
        _scenario = scenario;
        _sink = sink;
    }

    /// <summary>Every alert is written.</summary>
    public int Alert => -1;

    /// <summary>Replications written so far (all of them once <see cref="Complete"/> has run).</summary>
    public int Written => _next;

    public bool ObservesAlert(int alert) => true;

    public void Bind(WorldIndex index) => _names = new OutcomeNames(_scenario, index);

    public void ObserveAlert(int replication, ReadOnlySpan<ReachRecord> records) =>
        throw new NotSupportedException("the replications file needs the alert's index with its records");

    public void ObserveAlert(int replication, int alert, ReadOnlySpan<ReachRecord> records)
    {
        var names = Names;
        var pending = PendingOf(replication);
        // Each alert has a slot of its own: lanes folding other alerts of this replication write other slots.
        pending.Alerts[alert] = AgencyRows(names, replication, alert, records);
    }

    public void ObserveSubjects(int replication, IReadOnlyList<SubjectReplication> subjects)
    {
        var names = Names;
        var rows = new List<OutcomeRow>();
        for (var s = 0; s < subjects.Count; s++)
        {
            var subject = subjects[s];
            for (var stop = 0; stop < subject.LeadTimesMs.Count; stop++)
            {
                var lead = subject.LeadTimesMs[stop];
                rows.Add(new OutcomeRow(replication, -1, -1, false, -1, -1, -1, -1, s, stop,
                    lead is > 0, lead is not null, lead ?? 0, subject.InterceptedAtStop == stop));
            }
        }

        var pending = PendingOf(replication);
        pending.Subjects = rows;
        lock (_gate)
        {
            pending.Done = true;
            WriteReady(names);
            WaitForOthers(replication);
        }
    }

    public void Observe(int replication, ReplicationMetrics metrics)
    {
        for (var a = 0; a < metrics.Alerts.Count; a++) ObserveAlert(replication, a, ListSpan.Of(metrics.Alerts[a].Reached));
        ObserveSubjects(replication, metrics.Subjects);
    }

    /// <summary>Writes what is left and ends the file; every replication must have been observed.</summary>
    public void Complete()
    {
        lock (_gate)
        {
            if (_pending.Count > 0) throw new InvalidOperationException($"replication {_next} was never observed");
            if (_block.Count > 0) _sink.WriteBlock(_block, Names);
            _block.Clear();
            _sink.Complete();
        }
    }

    public void Dispose() => _sink.Dispose();

    private OutcomeNames Names => _names ?? throw new InvalidOperationException("the probe was not bound to a world");

    private Pending PendingOf(int replication)
    {
        lock (_gate)
        {
            if (!_pending.TryGetValue(replication, out var pending))
                _pending.Add(replication, pending = new Pending(Names.Index.Alerts.Count));
            return pending;
        }
    }

    /// <summary>Moves every finished replication that is next in line into the block; the block goes out when full.</summary>
    private void WriteReady(OutcomeNames names)
    {
        while (_pending.TryGetValue(_next, out var ready) && ready.Done)
        {
            _pending.Remove(_next);
            for (var a = 0; a < ready.Alerts.Length; a++)
                _block.AddRange(ready.Alerts[a] ?? AgencyRows(names, _next, a, []));
            _block.AddRange(ready.Subjects!);
            _next++;
            if (_block.Count >= BlockRows)
            {
                _sink.WriteBlock(_block, names);
                _block.Clear();
            }

            Monitor.PulseAll(_gate);
        }
    }

    private void WaitForOthers(int replication)
    {
        var deadline = Environment.TickCount64 + 1000;
        while (replication - _next > MaxAhead && Environment.TickCount64 < deadline) Monitor.Wait(_gate, 50);
    }

    /// <summary>
    /// The alert's rows in agency order: every agency reached, and every national agency of a country in its scope
    /// that was not (reached false, no times): the agencies the JSON lists, so a mean over replications is its reach.
    /// </summary>
    private static List<OutcomeRow> AgencyRows(OutcomeNames names, int replication, int alert, ReadOnlySpan<ReachRecord> records)
    {
        var scope = names.ScopeAgencies[alert];
        var rows = new List<OutcomeRow>(records.Length + scope.Length);
        var u = 0;
        for (var i = 0; i < records.Length; i++)
        {
            ref readonly var record = ref records[i];
            for (; u < scope.Length && scope[u] <= record.Agency; u++)
                if (scope[u] < record.Agency) rows.Add(Unreached(replication, alert, scope[u]));
            rows.Add(new OutcomeRow(replication, alert, record.Agency, true, ArrivalMs(records, record), record.AtMs, record.Hops,
                names.PathId(records, record), -1, -1, false, false, 0, false));
        }

        for (; u < scope.Length; u++) rows.Add(Unreached(replication, alert, scope[u]));
        return rows;
    }

    private static OutcomeRow Unreached(int replication, int alert, int agency) =>
        new(replication, alert, agency, false, -1, -1, -1, -1, -1, -1, false, false, 0, false);

    /// <summary>
    /// When the first-delivered copy arrived: the act time less this hop's own waits after arrival, the sender's sums
    /// taken off the record's (the rule the JSON's arrival_s is folded by).
    /// </summary>
    private static long ArrivalMs(ReadOnlySpan<ReachRecord> records, in ReachRecord record)
    {
        var own = record.Path;
        var waits = own.OfficeWait + own.Queue + own.Translation + own.LegalReview;
        if (record.FromAgency >= 0 && OutcomeNames.Find(records, record.FromAgency) is { } at)
        {
            var before = records[at].Path;
            waits -= before.OfficeWait + before.Queue + before.Translation + before.LegalReview;
        }

        return record.AtMs - waits;
    }

    private sealed class Pending(int alerts)
    {
        public List<OutcomeRow>?[] Alerts { get; } = new List<OutcomeRow>?[alerts];
        public List<OutcomeRow>? Subjects { get; set; }
        public bool Done { get; set; }
    }
}
