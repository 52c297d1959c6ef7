namespace CoopSim.Simulation.Kernel;

/// <summary>
/// Hands one window's partitions to the workers. Each partition has a home worker (its index modulo the
/// workers) and runs there whenever that worker can take it, largest first, because a partition that moves
/// between cores takes its queue, its agencies' states and its log with it: handed out to whichever worker
/// was free, two workers ran each event 35–40% slower than one and gained 1.2–1.3× instead of 1.7–1.9×
/// (measured side by side). A worker that has run all of its own partitions takes the largest one left of a
/// worker still busy, so a window stays about as short as its busiest worker allows. The thread that calls is
/// worker 0; the others are <see cref="WindowHelpers"/>, kept by the kernel from one replication to the next.
/// </summary>
internal sealed class WindowWorkers(int workers, int partitions)
{
    private WindowHelpers? _helpers;
    private Action<int>? _drain;

    private readonly List<Partition> _active = [];
    private readonly Comparison<Partition> _largestFirst = (a, b) =>
        a.Queue.Count != b.Queue.Count ? b.Queue.Count.CompareTo(a.Queue.Count) : a.Index.CompareTo(b.Index);

    /// <summary>Below this many messages a barrier delivers them on one thread: handing them out costs more.</summary>
    private const int ParallelDeliveryThreshold = 512;

    private long _windowEnd;
    private Partition[]? _gathering;

    /// <summary>The phase each partition was last claimed in (claimed by whoever changed it to the current phase).</summary>
    private readonly int[] _claims = new int[partitions];
    private int _phase;

    /// <summary>1 while a worker is still running its own partitions of the current phase: only then may others take them.</summary>
    private readonly int[] _busy = new int[Math.Max(1, workers)];

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
        if (_active.Count == 1 && HomeOf(_active[0]) == 0)
        {
            _active[0].RunWindow(windowEnd);
            return;
        }

        // Pending events are the best cheap guess of a partition's work in this window.
        _active.Sort(_largestFirst);
        _windowEnd = windowEnd;
        _gathering = null;
        OnWorkers();
    }

    /// <summary>
    /// Delivers the window's messages at the barrier: each partition gathers what was sent to it, on its home
    /// worker when there are enough messages to pay for handing the work out.
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

        if (workers <= 1 || messages < ParallelDeliveryThreshold)
        {
            foreach (var target in _active) target.Gather(partitions);
            return;
        }

        _gathering = partitions;
        OnWorkers();
        _gathering = null;
    }

    private int HomeOf(Partition partition) => partition.Index % workers;

    /// <summary>Runs the phase on this thread and on the helpers (started with the first shared phase).</summary>
    private void OnWorkers()
    {
        _phase++;
        if (workers <= 1)
        {
            Drain(0);
            return;
        }

        (_helpers ??= new WindowHelpers(workers - 1)).Run(_drain ??= Drain);
    }

    /// <summary>Worker <paramref name="worker"/>'s part of a phase: its own partitions, then others' while their workers are busy.</summary>
    private void Drain(int worker)
    {
        Volatile.Write(ref _busy[worker], 1);
        foreach (var partition in _active)
            if (HomeOf(partition) == worker && TryClaim(partition)) Process(partition);
        Volatile.Write(ref _busy[worker], 0);

        // Until every partition is claimed: take the largest one left whose worker is busy with another (it would
        // wait); leave those whose worker has not started yet (it will run them with its cache warm).
        var spinner = new SpinWait();
        while (true)
        {
            var left = false;
            var took = false;
            foreach (var partition in _active)
            {
                if (Volatile.Read(ref _claims[partition.Index]) == _phase) continue;
                left = true;
                if (Volatile.Read(ref _busy[HomeOf(partition)]) == 1 && TryClaim(partition))
                {
                    Process(partition);
                    took = true;
                    break;
                }
            }

            if (!left) return;
            if (!took) spinner.SpinOnce(sleep1Threshold: -1);
        }
    }

    private bool TryClaim(Partition partition)
    {
        ref var claim = ref _claims[partition.Index];
        var seen = Volatile.Read(ref claim);
        return seen != _phase && Interlocked.CompareExchange(ref claim, _phase, seen) == seen;
    }

    private void Process(Partition partition)
    {
        if (_gathering is null) partition.RunWindow(_windowEnd);
        else partition.Gather(_gathering);
    }
}
