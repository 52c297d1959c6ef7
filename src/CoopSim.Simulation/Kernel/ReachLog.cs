using CoopSim.Simulation.Results;

namespace CoopSim.Simulation.Kernel;

/// <summary>
/// The reach records a partition's agencies made, in the order they made them, appended one after another and
/// filed into each agency's <see cref="ReachList"/> in batches. Appending to the agency's own list inside the
/// event loop wrote to a random cold line per act, and the store waited on memory (18% of the kernel's samples,
/// measured with perf); here the loop writes sequentially, and filing, a tight loop that knows its next entries,
/// prefetches the lists and their slots ahead. An agency's records keep their order: they are filed in log
/// order, which is the agency's own event order. Nobody reads the lists during a window, and every window ends
/// with <see cref="FileAll"/>. (Sorting a larger batch by agency before filing was measured too: slower.)
/// </summary>
internal sealed class ReachLog
{
    /// <summary>Entries filed at once: a few hundred KiB, so the log stays in cache between append and filing.</summary>
    public const int Capacity = 4096;

    /// <summary>How many entries ahead filing prefetches a list (and half as many ahead, that list's next slot).</summary>
    private const int Lead = 16;

    /// <summary>
    /// Grown by doubling up to <see cref="Capacity"/>: a kernel is made per worker and per run, and a small world
    /// logs a dozen records per replication, so it should not start with a large-object-heap array to clear.
    /// </summary>
    private Entry[] _entries = new Entry[64];
    private int _count;

    public int Count => _count;

    /// <summary>Logs a record; when the log is full, files everything first, so the log never grows.</summary>
    public void Add(int alert, in ReachRecord record, ReachList[] lists)
    {
        if (_count == _entries.Length)
        {
            if (_count == Capacity) FileAll(lists);
            else Array.Resize(ref _entries, _count * 2);
        }

        _entries[_count++] = new Entry(alert, record);
    }

    /// <summary>Files every logged record into its agency's list (<paramref name="lists"/>, by agency), in log order.</summary>
    public void FileAll(ReachList[] lists)
    {
        var entries = _entries;
        var count = _count;
        for (var i = 0; i < count; i++)
        {
            if (i + Lead < count) CachePrefetch.Object(lists[entries[i + Lead].Record.Agency]);
            if (i + Lead / 2 < count) lists[entries[i + Lead / 2].Record.Agency].PrefetchNextSlot();
            ref readonly var e = ref entries[i];
            lists[e.Record.Agency].Add(e.Alert, e.Record);
        }

        _count = 0;
    }

    public void Clear() => _count = 0;

    private readonly record struct Entry(int Alert, ReachRecord Record);
}
