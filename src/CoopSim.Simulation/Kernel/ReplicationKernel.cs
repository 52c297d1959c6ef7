using CoopSim.Simulation.Distributed;
using CoopSim.Simulation.Results;
using CoopSim.Simulation.Tracing;

namespace CoopSim.Simulation.Kernel;

/// <summary>
/// Runs replications of one compiled world with the conservative-window loop of DESIGN.md §3: find the
/// earliest pending event T, let every partition process its events before T + lookahead, then exchange
/// messages at the barrier. With one partition the lookahead is unbounded and this is a plain event loop.
/// One instance is reused across replications to keep allocations out of the loop; it is not thread-safe.
/// </summary>
internal sealed class ReplicationKernel
{
    private readonly CompiledWorld _world;
    private readonly PartitionPlan _plan;
    private readonly AgencyState[] _states;
    private readonly Partition[] _partitions;

    public ReplicationKernel(CompiledWorld world, PartitionPlan plan)
    {
        _world = world;
        _plan = plan;
        var agencies = world.Agencies;
        _states = new AgencyState[agencies.Length];
        var firstEdge = new int[agencies.Length];
        var edgeCount = new int[agencies.Length];
        Array.Fill(firstEdge, -1);
        foreach (var edge in world.Edges)
        {
            if (firstEdge[edge.From] < 0) firstEdge[edge.From] = edge.Index;
            edgeCount[edge.From]++;
        }

        for (var i = 0; i < agencies.Length; i++)
            _states[i] = new AgencyState(i, world.Alerts.Length, edgeCount[i], Math.Max(0, firstEdge[i]));
        _partitions = new Partition[plan.Count];
        for (var p = 0; p < plan.Count; p++) _partitions[p] = new Partition(p, plan.Count, plan.PartitionOf, world, _states);
    }

    public (ReplicationMetrics Metrics, ReplicationTrace? Trace) Run(ulong seed, int replication, bool tracing, CancellationToken cancellationToken)
    {
        var (reports, events) = Simulate(seed, replication, tracing, cancellationToken);
        var metrics = MetricsCollector.Collect(_world, reports, replication, events, _partitions.Length);
        var trace = tracing ? TraceCollector.Collect(_world, reports, replication) : null;
        return (metrics, trace);
    }

    /// <summary>Runs one replication and folds it straight from the agencies' states: no copy of its metrics is made.</summary>
    public ReplicationTrace? RunInto(ResultFolder folder, ulong seed, int replication, bool tracing, CancellationToken cancellationToken)
    {
        var (reports, events) = Simulate(seed, replication, tracing, cancellationToken);
        MetricsCollector.Fold(_world, reports, events, folder);
        return tracing ? TraceCollector.Collect(_world, reports, replication) : null;
    }

    private (AgencyReport[] Reports, long Events) Simulate(ulong seed, int replication, bool tracing, CancellationToken cancellationToken)
    {
        var agencies = _world.Agencies;
        for (var i = 0; i < _states.Length; i++) _states[i].Reset(seed, replication, agencies[i].Id, tracing);
        foreach (var partition in _partitions) partition.Reset(_world, _states);
        foreach (var alert in _world.Alerts)
        {
            if (alert.IssuedAtMs > _world.HorizonMs) continue;
            var (key, payload) = AgencyBehaviour.IssueEvent(alert);
            _partitions[_plan.PartitionOf[alert.Origin]].Queue.Push(key, payload);
        }

        RunWindows(_partitions, _plan, cancellationToken);
        var events = _partitions.Sum(p => p.Events);
        return (Array.ConvertAll(_states, s => s.AsReport()), events);
    }

    internal static void RunWindows(Partition[] partitions, PartitionPlan plan, CancellationToken cancellationToken)
    {
        if (partitions.Length == 1)
        {
            partitions[0].RunWindow(long.MaxValue);
            return;
        }

        var lookahead = plan.LookaheadMs;
        var active = new List<Partition>(partitions.Length);
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var earliest = long.MaxValue;
            foreach (var partition in partitions) earliest = Math.Min(earliest, partition.Queue.MinTime);
            if (earliest == long.MaxValue) break;
            var windowEnd = earliest > long.MaxValue - lookahead ? long.MaxValue : earliest + lookahead;

            active.Clear();
            foreach (var partition in partitions)
                if (partition.Queue.MinTime < windowEnd) active.Add(partition);
            if (active.Count == 1) active[0].RunWindow(windowEnd);
            else Parallel.For(0, active.Count, i => active[i].RunWindow(windowEnd));

            foreach (var partition in partitions) partition.FlushOutboxes(partitions);
        }
    }
}
