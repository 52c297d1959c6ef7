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

    private long _windowEnd;
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
        _next = -1;
        var helpers = new Task[Math.Min(workers, _active.Count) - 1];
        for (var i = 0; i < helpers.Length; i++) helpers[i] = Task.Factory.StartNew(Drain, CancellationToken.None, TaskCreationOptions.None, TaskScheduler.Default);
        Drain();
        Task.WaitAll(helpers);
    }

    private void Drain()
    {
        int i;
        while ((i = Interlocked.Increment(ref _next)) < _active.Count) _active[i].RunWindow(_windowEnd);
    }
}
