namespace CoopSim.Simulation.Kernel;

/// <summary>
/// What the windows of a run did, for the benchmark: how many there were, how many events each held, and how
/// evenly those events could be shared out. Within a window the busiest worker sets the pace, so
/// <see cref="SpeedupBound"/> (all events over the sum of each window's busiest worker, partitions handed out
/// largest first) is the most that <see cref="Workers"/> workers can gain over one, however idle the cores.
/// </summary>
public sealed class WindowProfile(int workers)
{
    private long[] _before = [];
    private readonly List<long> _loads = [];
    private readonly long[] _workerLoads = new long[Math.Max(1, workers)];

    public int Workers { get; } = Math.Max(1, workers);
    public int Windows { get; private set; }
    public long Events { get; private set; }

    /// <summary>The sum over windows of the busiest worker's events in that window.</summary>
    public long CriticalEvents { get; private set; }

    /// <summary>The most events any one window held.</summary>
    public long BusiestWindow { get; private set; }

    public double EventsPerWindow => Windows == 0 ? 0 : Events / (double)Windows;

    public double SpeedupBound => CriticalEvents == 0 ? 1 : Events / (double)CriticalEvents;

    internal void Begin(Partition[] all, List<Partition> due)
    {
        if (_before.Length != all.Length) _before = new long[all.Length];
        foreach (var partition in due) _before[partition.Index] = partition.Events;
    }

    internal void Record(List<Partition> due)
    {
        _loads.Clear();
        foreach (var partition in due) _loads.Add(partition.Events - _before[partition.Index]);
        var window = _loads.Sum();
        Windows++;
        Events += window;
        CriticalEvents += BusiestWorker(_loads, _workerLoads);
        BusiestWindow = Math.Max(BusiestWindow, window);
    }

    /// <summary>
    /// The events of the busiest worker when <paramref name="loads"/> (sorted here, largest first) are handed out
    /// longest first, each to the worker with the least so far (the schedule <see cref="WindowWorkers"/> comes close
    /// to while keeping partitions on their home workers).
    /// </summary>
    internal static long BusiestWorker(List<long> loads, long[] workerLoads)
    {
        loads.Sort((a, b) => b.CompareTo(a));
        Array.Clear(workerLoads);
        foreach (var load in loads)
        {
            var lightest = 0;
            for (var w = 1; w < workerLoads.Length; w++)
                if (workerLoads[w] < workerLoads[lightest]) lightest = w;
            workerLoads[lightest] += load;
        }

        return workerLoads.Max();
    }
}
