namespace CoopSim.Simulation.Kernel;

/// <summary>
/// Hands one window's partitions to the workers, largest first, each worker taking the next one as soon as
/// it is free (longest-processing-time first): with more partitions than workers the last to finish is
/// a small one, so a window is as short as its busiest worker allows. The thread that calls is a worker too.
/// </summary>
internal sealed class WindowWorkers(int workers)
{
    private readonly List<Partition> _active = [];
    private readonly Comparison<Partition> _largestFirst = (a, b) =>
        a.Queue.Count != b.Queue.Count ? b.Queue.Count.CompareTo(a.Queue.Count) : a.Index.CompareTo(b.Index);

    /// <summary>Below this many messages a barrier delivers them on one thread: starting a helper costs more.</summary>
    private const int ParallelDeliveryThreshold = 512;

    private long _windowEnd;
    private Partition[]? _gathering;
    private int _next;

    /// <summary>The partitions with an event before <paramref name="windowEnd"/> (the rest have nothing to do in it).</summary>
    public List<Partition> Due(Partition[] partitions, long windowEnd)
    {
        _active.Clear();
        foreach (var partition in partitions)
            if (partition.Queue.MinTime < windowEnd) _active.Add(partition);
        return _active;
    }

    public void Run(long windowEnd)
    {
        if (_active.Count == 1)
        {
            _active[0].RunWindow(windowEnd);
            return;
        }

        // Pending events are the best cheap guess of a partition's work in this window.
        _active.Sort(_largestFirst);
        _windowEnd = windowEnd;
        OnWorkers(Drain);
    }

    /// <summary>
    /// Delivers the window's messages at the barrier: each partition gathers what was sent to it, side by side
    /// when there are enough messages to pay for handing the work out.
    /// </summary>
    public void Deliver(Partition[] partitions)
    {
        _active.Clear();
        var messages = 0;
        foreach (var target in partitions)
        {
            var incoming = 0;
            foreach (var source in partitions) incoming += source.OutgoingTo(target.Index);
            if (incoming == 0) continue;
            _active.Add(target);
            messages += incoming;
        }

        if (_active.Count == 1 || messages < ParallelDeliveryThreshold)
        {
            foreach (var target in _active) target.Gather(partitions);
            return;
        }

        _gathering = partitions;
        OnWorkers(DrainGather);
        _gathering = null;
    }

    /// <summary>Runs <paramref name="drain"/> on this thread and on helpers, as many as there are workers and partitions to share.</summary>
    private void OnWorkers(Action drain)
    {
        _next = -1;
        var helpers = new Task[Math.Min(workers, _active.Count) - 1];
        for (var i = 0; i < helpers.Length; i++) helpers[i] = Task.Factory.StartNew(drain, CancellationToken.None, TaskCreationOptions.None, TaskScheduler.Default);
        drain();
        Task.WaitAll(helpers);
    }

    private void Drain()
    {
        int i;
        while ((i = Interlocked.Increment(ref _next)) < _active.Count) _active[i].RunWindow(_windowEnd);
    }

    private void DrainGather()
    {
        int i;
        while ((i = Interlocked.Increment(ref _next)) < _active.Count) _active[i].Gather(_gathering!);
    }
}
