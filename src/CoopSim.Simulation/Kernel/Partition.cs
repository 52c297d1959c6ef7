using System.Runtime.CompilerServices;
using CoopSim.Simulation.Compiled;
using CoopSim.Simulation.Fold;

namespace CoopSim.Simulation.Kernel;

/// <summary>
/// A set of agencies processed by one worker on one queue, in (time, sender, sequence) order. Messages to
/// agencies of other partitions wait in an outbox until the window's barrier.
/// </summary>
internal sealed class Partition
{
    private readonly int[] _partitionOf;
    private readonly List<(EventKey Key, EventPayload Payload)>[] _outboxes;
    private CompiledWorld _world;
    private AgencyStates _states;
    private readonly ReachLog _reachLog = new();

    public Partition(int index, int partitionCount, int[] partitionOf, CompiledWorld world, AgencyStates states)
    {
        Index = index;
        _partitionOf = partitionOf;
        _world = world;
        _states = states;
        _outboxes = new List<(EventKey, EventPayload)>[partitionCount];
        for (var i = 0; i < partitionCount; i++) _outboxes[i] = [];
    }

    public int Index { get; }
    public EventQueue Queue { get; } = new();

    /// <summary>The reach records this partition's agencies made in the replication so far, in event order.</summary>
    public ReachLog ReachLog => _reachLog;
    public long Events { get; private set; }

    public void Reset(CompiledWorld world, AgencyStates states, bool tracing)
    {
        _world = world;
        _states = states;
        Queue.Clear();
        // Trace-only payload fields cost a second random line per event: kept only when tracing.
        Queue.KeepsTraceFields = tracing;
        Events = 0;
        _reachLog.Clear();
        foreach (var outbox in _outboxes) outbox.Clear();
    }

    /// <summary>Processes every event before <paramref name="windowEnd"/>, including those the window itself creates.</summary>
    /// <remarks>
    /// Compiled fully optimised at once: a replication is often one long call of this loop, which tiered
    /// compilation would otherwise run as less optimised on-stack-replacement code (measured with perf).
    /// </remarks>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void RunWindow(long windowEnd)
    {
        // A struct sink lets the JIT specialise the behaviour for this engine and inline the emit.
        var sink = new Sink(this);
        var queue = Queue;
        long events = 0;
        var table = _states;
        var states = table.States;
        var tables = _world.Tables;
        while (queue.Count > 0 && queue.MinTime < windowEnd)
        {
            ref readonly var payload = ref queue.Take(out var key, out var slot);
            var next = queue.PeekLikelyNext(out var nextSlot);
            if (next >= 0)
            {
                queue.PrefetchPayload(nextSlot);
                Prefetch(table, tables, next);
            }

            events++;
            AgencyBehaviour.Handle(_world, states[payload.Agency], key, payload, ref sink);
            queue.Release(slot);
        }

        Events += events;
    }

    /// <summary>
    /// Starts loading what the next event will read of its agency while this one is handled: its state, its
    /// acted bits, its row, its relay lists' ranges, its out-edges and their counters (found by index, without
    /// waiting for any of them).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Prefetch(AgencyStates table, KernelTables tables, int agency)
    {
        var states = table.States;
        if ((uint)agency >= (uint)states.Length) return;
        CachePrefetch.Object(states[agency]);
        CachePrefetch.Element(table.Acted, agency * table.ActedWords);
        CachePrefetch.Element(tables.Agencies, agency);
        CachePrefetch.Element(tables.RelayRanges, agency * CompiledWorld.AlertKindCount);
        var firstEdge = tables.FirstOutEdge[agency];
        for (var e = firstEdge; e < firstEdge + 4; e++) CachePrefetch.Element(tables.Edges, e);
        CachePrefetch.Element(table.Counters, firstEdge);
    }

    private void Emit(in EventKey key, in EventPayload payload)
    {
        var target = _partitionOf[payload.Agency];
        if (target == Index) Queue.Push(key, payload);
        else _outboxes[target].Add((key, payload));
    }

    /// <summary>Messages waiting in this partition's outbox for partition <paramref name="target"/>.</summary>
    public int OutgoingTo(int target) => _outboxes[target].Count;

    /// <summary>
    /// Moves every message the other partitions sent to this one into its queue (at the barrier). Each partition
    /// gathers its own, so partitions can gather side by side: no two of them push into the same queue.
    /// </summary>
    public void Gather(Partition[] partitions)
    {
        foreach (var source in partitions)
        {
            var outbox = source._outboxes[Index];
            if (outbox.Count == 0) continue;
            foreach (var (key, payload) in outbox) Queue.Push(key, payload);
            outbox.Clear();
        }
    }

    private readonly struct Sink(Partition partition) : IEventSink
    {
        public void Emit(in EventKey key, in EventPayload payload) => partition.Emit(key, payload);

        public void Reach(AgencyState state, int alert, in Results.ReachRecord record) => partition._reachLog.Add(alert, record);
    }
}
