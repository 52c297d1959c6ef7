using CoopSim.Simulation.Compiled;
using CoopSim.Simulation.Fold;
using CoopSim.Simulation.Results;
using CoopSim.Simulation.Tracing;

namespace CoopSim.Simulation.Kernel;

/// <summary>
/// Runs replications of one compiled world with the conservative-window loop of docs/architecture.md, "The kernel": find the
/// earliest pending event T, let every partition process its events before T + lookahead, then exchange
/// messages at the barrier. With one partition the lookahead is unbounded and this is a plain event loop.
/// One instance is reused across replications to keep allocations out of the loop; it is not thread-safe.
/// </summary>
internal sealed class ReplicationKernel
{
    private readonly CompiledWorld _world;
    private readonly PartitionPlan _plan;
    private readonly int _parallelFoldRecords;
    private readonly AgencyStates _table;
    private readonly AgencyState[] _states;
    private readonly Partition[] _partitions;
    private FoldWorkspace? _workspace;

    /// <summary>Kept across replications, with its helper threads (they end by themselves once idle).</summary>
    private readonly WindowWorkers _windowWorkers;
    private AgencyReport[]? _untracedReports;
    private readonly List<AgencyReport> _touchedReports = [];

    /// <summary>Each partition's reach log: the fold regroups the replication's records from them.</summary>
    private readonly ReachLog[] _logs;

    /// <param name="parallelFoldRecords">Records of a replication from which its alerts are folded side by side when the plan has several workers.</param>
    public ReplicationKernel(CompiledWorld world, PartitionPlan plan, int parallelFoldRecords = AlertRegrouper.DefaultParallelRecords)
    {
        _world = world;
        _plan = plan;
        _parallelFoldRecords = parallelFoldRecords;
        _table = AgencyStates.Create(world);
        _states = _table.States;
        _partitions = new Partition[plan.Count];
        for (var p = 0; p < plan.Count; p++) _partitions[p] = new Partition(p, plan.Count, plan.PartitionOf, world, _table);
        _logs = Array.ConvertAll(_partitions, p => p.ReachLog);
        _windowWorkers = new WindowWorkers(plan.Workers, plan.Count);
    }

    public (ReplicationMetrics Metrics, ReplicationTrace? Trace) Run(ulong seed, int replication, bool tracing, CancellationToken cancellationToken)
    {
        var (reports, events) = Simulate(seed, replication, tracing, cancellationToken);
        // A replication kept whole is read from the agencies' lists.
        foreach (var partition in _partitions) partition.ReachLog.FileAll(_table.Reached);
        var metrics = MetricsCollector.Collect(_world, reports, replication, events, _partitions.Length);
        var trace = tracing ? TraceCollector.Collect(_world, reports, replication, metrics.Subjects) : null;
        return (metrics, trace);
    }

    /// <summary>Runs one replication and folds it straight from the agencies' states: no copy of its metrics is made.</summary>
    public ReplicationTrace? RunInto(ResultFolder folder, ulong seed, int replication, bool tracing, CancellationToken cancellationToken,
        IReplicationProbe? probe = null)
    {
        var (reports, events) = Simulate(seed, replication, tracing, cancellationToken);
        MetricsCollector.Fold(_world, reports, _logs, events, folder, _workspace ??= new FoldWorkspace(_world, _plan.Workers, _parallelFoldRecords),
            replication, probe);
        // The workspace's subjects are this replication's until the next fold.
        return tracing ? TraceCollector.Collect(_world, reports, replication, _workspace.Decided) : null;
    }

    private (IReadOnlyList<AgencyReport> Reports, long Events) Simulate(ulong seed, int replication, bool tracing, CancellationToken cancellationToken)
    {
        var agencies = _world.Agencies;
        for (var i = 0; i < _states.Length; i++) _states[i].Reset(seed, replication, agencies[i].Id, tracing);
        foreach (var partition in _partitions) partition.Reset(_world, _table, tracing);
        foreach (var alert in _world.Alerts)
        {
            if (alert.IssuedAtMs > _world.HorizonMs) continue;
            var (key, payload) = AgencyBehaviour.IssueEvent(alert);
            _partitions[_plan.PartitionOf[alert.Origin]].Queue.Push(key, payload);
        }

        RunWindows(_partitions, _plan, _windowWorkers, cancellationToken);
        long events = 0;
        foreach (var partition in _partitions) events += partition.Events;

        if (tracing) return (Array.ConvertAll(_states, s => s.AsReport()), events);

        // Untraced reports are views of the states' own lists, the same objects every replication: made once. Only
        // agencies that sent or acted have anything to report, in agency order; on a large world a small scenario
        // touches a few, and the fold need not visit the rest.
        var all = _untracedReports ??= Array.ConvertAll(_states, s => s.AsReport());
        _touchedReports.Clear();
        for (var i = 0; i < _states.Length; i++)
            if (_states[i].Touched) _touchedReports.Add(all[i]);
        return (_touchedReports, events);
    }

    /// <summary>
    /// The window loop. <paramref name="profile"/>, when given, records each window's events per partition
    /// (the benchmark reports the balance from it).
    /// </summary>
    internal static void RunWindows(Partition[] partitions, PartitionPlan plan, WindowWorkers workers, CancellationToken cancellationToken,
        WindowProfile? profile = null)
    {
        if (partitions.Length == 1)
        {
            if (profile is null)
            {
                partitions[0].RunWindow(long.MaxValue);
                return;
            }

            // One window holding every event: the profile of a sequential run.
            var only = new List<Partition> { partitions[0] };
            profile.Begin(partitions, only);
            partitions[0].RunWindow(long.MaxValue);
            profile.Record(only);
            return;
        }

        var lookahead = plan.LookaheadMs;
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var earliest = long.MaxValue;
            foreach (var partition in partitions) earliest = Math.Min(earliest, partition.Queue.MinTime);
            if (earliest == long.MaxValue) break;
            var windowEnd = earliest > long.MaxValue - lookahead ? long.MaxValue : earliest + lookahead;

            var due = workers.Due(partitions, windowEnd);
            profile?.Begin(partitions, due);
            workers.Run(windowEnd);
            profile?.Record(due);

            workers.Deliver(partitions);
        }
    }
}
