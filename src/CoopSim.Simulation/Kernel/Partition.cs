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
    private AgencyState[] _states;

    public Partition(int index, int partitionCount, int[] partitionOf, CompiledWorld world, AgencyState[] states)
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
    public long Events { get; private set; }

    public void Reset(CompiledWorld world, AgencyState[] states)
    {
        _world = world;
        _states = states;
        Queue.Clear();
        Events = 0;
        foreach (var outbox in _outboxes) outbox.Clear();
    }

    /// <summary>Processes every event before <paramref name="windowEnd"/>, including those the window itself creates.</summary>
    public void RunWindow(long windowEnd)
    {
        // A struct sink lets the JIT specialise the behaviour for this engine and inline the emit.
        var sink = new Sink(this);
        var queue = Queue;
        long events = 0;
        while (queue.Count > 0 && queue.MinTime < windowEnd)
        {
            queue.Pop(out var key, out var payload);
            events++;
            AgencyBehaviour.Handle(_world, _states[payload.Agency], key, payload, ref sink);
        }

        Events += events;
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
    }
}
