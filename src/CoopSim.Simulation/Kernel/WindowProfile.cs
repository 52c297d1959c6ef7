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
    private long[] _workerLoads = new long[Math.Max(1, workers)];

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
        _loads.Sort((a, b) => b.CompareTo(a));
        Array.Clear(_workerLoads);
        long window = 0;
        foreach (var load in _loads)
        {
            var lightest = 0;
            for (var w = 1; w < _workerLoads.Length; w++)
                if (_workerLoads[w] < _workerLoads[lightest]) lightest = w;
            _workerLoads[lightest] += load;
            window += load;
        }

        Windows++;
        Events += window;
        CriticalEvents += _workerLoads.Max();
        BusiestWindow = Math.Max(BusiestWindow, window);
    }
}
