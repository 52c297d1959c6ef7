using CoopSim.Model.Scenario;
using CoopSim.Simulation.Compiled;
using CoopSim.Simulation.Engine;
using CoopSim.Simulation.Fold;
using CoopSim.Simulation.Kernel;
using CoopSim.Simulation.Results;
using CoopSim.Simulation.Tracing;

namespace CoopSim.Simulation.Distributed;

/// <summary>
/// A compiled scenario for engines that host agencies one by one (docs/architecture.md, "Engines"): the starting
/// messages, the lookahead, and the collection of what agencies report into the same metrics, trace and
/// result the in-process engine produces.
/// </summary>
public sealed class SimulationPlan
{
    private SimulationPlan(CompiledWorld world)
    {
        World = world;
        var lookahead = long.MaxValue;
        foreach (var edge in world.Edges) lookahead = Math.Min(lookahead, edge.Latency.Minimum.Milliseconds);
        LookaheadMs = Math.Max(1, lookahead);
        var incoming = new long[world.Agencies.Length];
        Array.Fill(incoming, NoIncomingChannel);
        foreach (var edge in world.Edges) incoming[edge.To] = Math.Min(incoming[edge.To], Math.Max(1, edge.Latency.Minimum.Milliseconds));
        IncomingLookaheadMs = incoming;
        Index = ResultAggregator.IndexOf(world);
    }

    internal CompiledWorld World { get; }

    public ScenarioModel Scenario => World.Scenario;

    /// <summary>Every agency is its own partition here, so the lookahead is the smallest latency of any channel.</summary>
    public long LookaheadMs { get; }

    /// <summary>
    /// Per agency, the smallest latency of a channel into it. No message can reach agency j earlier than
    /// T + this, where T is the earliest thing due anywhere, because every message travels one channel and
    /// nothing is sent before T; so j may run everything before T + this in the window that opens at T,
    /// while agencies behind slow (international) channels are not held to the fastest domestic relay.
    /// </summary>
    public IReadOnlyList<long> IncomingLookaheadMs { get; }

    /// <summary>The lookahead of an agency no channel reaches: it only ever has its own events (an alert it issues).</summary>
    public const long NoIncomingChannel = long.MaxValue / 4;

    public WorldIndex Index { get; }

    public int AgencyCount => World.Agencies.Length;

    public static SimulationPlan Compile(ScenarioModel scenario) => new(CompiledWorld.Compile(scenario));

    /// <summary>The issue event of every alert within the horizon, addressed to its origin.</summary>
    public IReadOnlyList<AgencyMessage> IssueMessages() => World.Alerts
        .Where(a => a.IssuedAtMs <= World.HorizonMs)
        .Select(a => AgencyBehaviour.IssueEvent(a))
        .Select(e => new AgencyMessage(e.Key, e.Payload))
        .ToArray();

    /// <summary>
    /// Gathers the agencies' reports (any order) into one replication's metrics and, when traced, its trace. Only the
    /// agencies that had something to do need report: one that did nothing has no records, counts or hops to add.
    /// </summary>
    public (ReplicationMetrics Metrics, ReplicationTrace? Trace) Collect(int replication, IReadOnlyList<AgencyReport> reports, bool tracing)
    {
        var ordered = reports.ToArray();
        Array.Sort(ordered, static (a, b) => a.Agency.CompareTo(b.Agency));
        long events = 0;
        foreach (var report in ordered) events += report.Events;
        var metrics = MetricsCollector.Collect(World, ordered, replication, events);
        var trace = tracing ? TraceCollector.Collect(World, ordered, replication, metrics.Subjects) : null;
        return (metrics, trace);
    }

    public SimulationRun Summarize(ulong seed, IReadOnlyList<ReplicationMetrics> replications) =>
        new(ResultAggregator.Aggregate(World, seed, replications), Index, replications);

    /// <summary>Accumulators to fold replications into as they arrive (in replication order), as the inproc engine does.</summary>
    public ResultFolder CreateFolder(ulong seed) => new(World, seed);

    /// <summary>
    /// A block of a run: replications <paramref name="first"/> .. first + count - 1 on this process's cores (side by
    /// side, each worker folding its own, as the in-process engine runs them) and folded into one partial fold. A
    /// silo answers a block with it (<see cref="ResultFolder.Save"/>); the client merges the blocks' folds.
    /// </summary>
    public ResultFolder FoldBlock(ulong seed, int first, int count, int workers, IReplicationProbe? probe, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(count, 1);
        var folder = new ResultFolder(World, seed);
        workers = Math.Clamp(workers, 1, count);
        if (workers == 1)
        {
            var kernel = new ReplicationKernel(World, PartitionPlan.Create(World, 1));
            for (var r = first; r < first + count; r++) kernel.RunInto(folder, seed, r, tracing: false, cancellationToken, probe);
            return folder;
        }

        SideBySideSchedule.Run(World, new RunOptions(first + count, seed, workers, KeepReplications: false, Probe: probe), workers, first, folder,
            null, cancellationToken);
        return folder;
    }

    /// <summary>The run from a folder fed every replication; <paramref name="kept"/> are the raw metrics, if they were kept.</summary>
    public SimulationRun Summarize(ResultFolder folder, IReadOnlyList<ReplicationMetrics> kept) => new(folder.Finish(), Index, kept);

    internal (int First, int Count) OutEdgeRange(int agency)
    {
        var edges = World.OutEdgesOf(agency);
        return (edges.Length > 0 ? edges[0] : 0, edges.Length);
    }
}
