using CoopSim.Simulation.Results;

namespace CoopSim.Simulation.Fold;

/// <summary>
/// Turns the partitions' reach logs (records in event order) into each alert's records in agency order, one alert
/// at a time, without a copy of every record in full: a counting pass over the logs, then a pass copying each
/// entry as it is to its alert's place in a compact buffer (<see cref="GroupedRecords"/>), both reading the logs
/// sequentially and writing to one stream per alert; each alert's records are then put in agency order and spelled
/// out into one small reused array (<see cref="AgencyOrder"/>). When the records do not fit in
/// <see cref="BlockRecords"/>, the alerts are taken in blocks that do, one pass over the logs each, so the buffer
/// stays bounded however large the world. Given several visitors, a block of at least <see cref="ParallelRecords"/>
/// records has its alerts visited side by side, one thread per visitor (alerts are independent in the fold).
/// Kept from one replication to the next; one call at a time.
/// </summary>
internal sealed class AlertRegrouper(int alerts, int blockRecords = AlertRegrouper.DefaultBlockRecords,
    int parallelRecords = AlertRegrouper.DefaultParallelRecords)
{
    /// <summary>
    /// About 88 MiB of compact records: the 1.9 million records of the generated 10,000-agency × 200-alert world fit,
    /// and are regrouped in one pass.
    /// </summary>
    public const int DefaultBlockRecords = 1 << 21;

    private readonly int[] _start = new int[alerts + 1];
    /// <summary>
    /// Records in a block below which its alerts are visited on one thread: handing alerts out costs tens of
    /// microseconds, a small world's replication a few.
    /// </summary>
    public const int DefaultParallelRecords = 1 << 16;

    private readonly int[] _next = new int[alerts];
    private int[] _positions = [];
    private GroupedRecords _grouped = new(0);

    /// <summary>Per visiting thread: the alert being visited, in agency order (grown to the largest alert), and its ordering scratch.</summary>
    private (ReachRecord[] Records, AgencyOrder Order)[] _lanes = [];

    /// <summary>Records in a block from which its alerts are visited side by side, given several visitors.</summary>
    public int ParallelRecords { get; } = parallelRecords;

    /// <summary>The most records regrouped in one pass, unless one alert has more.</summary>
    public int BlockRecords { get; } = blockRecords;

    /// <summary>Passes over the logs the last call made (1 when every record fit at once).</summary>
    public int LastPasses { get; private set; }

    /// <summary>
    /// Hands every alert its records from <paramref name="logs"/> in agency order, each alert to exactly one of
    /// <paramref name="visitors"/>: in alert order when there is one (or the block is small), otherwise side by side.
    /// </summary>
    public void ForEachAlert<TVisitor>(ReachLog[] logs, TVisitor[] visitors) where TVisitor : struct, IAlertRecordsVisitor
    {
        var start = _start;
        var next = _next;
        Array.Clear(start);
        foreach (var log in logs)
            for (var c = 0; c < log.ChunkCount; c++)
                foreach (ref readonly var e in log.Chunk(c))
                    start[e.Alert + 1]++;

        var largest = 0;
        for (var a = 0; a < alerts; a++)
        {
            largest = Math.Max(largest, start[a + 1]);
            start[a + 1] += start[a];
        }

        var total = start[alerts];
        var grouped = Grouped(total, largest);
        PrepareLanes(visitors.Length, largest);
        Array.Copy(start, next, alerts);
        LastPasses = 0;
        if (total <= grouped.Capacity)
        {
            // One pass: every entry straight to its place.
            grouped.Clear();
            foreach (var log in logs)
            {
                var position = 0;
                for (var c = 0; c < log.ChunkCount; c++)
                    foreach (ref readonly var e in log.Chunk(c))
                        grouped.Put(next[e.Alert]++, e, log, position++);
            }

            LastPasses = 1;
            VisitBlock(grouped, 0, alerts, visitors);
            return;
        }

        // Each entry's place in the grouped order, then one pass per block of alerts copying the block's entries.
        if (_positions.Length < total) _positions = new int[total];
        var positions = _positions;
        var n = 0;
        foreach (var log in logs)
            for (var c = 0; c < log.ChunkCount; c++)
                foreach (ref readonly var e in log.Chunk(c))
                    positions[n++] = next[e.Alert]++;

        for (var first = 0; first < alerts;)
        {
            var end = first + 1;
            while (end < alerts && start[end + 1] - start[first] <= grouped.Capacity) end++;
            var from = start[first];
            var size = (uint)(start[end] - from);
            grouped.Clear();
            n = 0;
            foreach (var log in logs)
            {
                var position = 0;
                for (var c = 0; c < log.ChunkCount; c++)
                {
                    foreach (ref readonly var e in log.Chunk(c))
                    {
                        var at = positions[n++] - from;
                        if ((uint)at < size) grouped.Put(at, e, log, position);
                        position++;
                    }
                }
            }

            LastPasses++;
            VisitBlock(grouped, first, end, visitors);
            first = end;
        }
    }

    /// <summary>Alerts <paramref name="first"/> to <paramref name="end"/> (exclusive), grouped from alert <paramref name="first"/>'s start.</summary>
    private void VisitBlock<TVisitor>(GroupedRecords grouped, int first, int end, TVisitor[] visitors) where TVisitor : struct, IAlertRecordsVisitor
    {
        if (visitors.Length == 1 || _start[end] - _start[first] < ParallelRecords)
        {
            for (var a = first; a < end; a++) Visit(grouped, a, first, 0, ref visitors[0]);
            return;
        }

        VisitSideBySide(grouped, first, end, visitors);
    }

    /// <summary>
    /// Alerts <paramref name="first"/> to <paramref name="end"/> on one thread per visitor. Each lane starts with an
    /// alert of its own, then alerts are handed out one at a time as lanes come free: their sizes differ widely.
    /// (A method of its own: the closure it needs would otherwise be allocated on every call, also on one thread.)
    /// </summary>
    private void VisitSideBySide<TVisitor>(GroupedRecords grouped, int first, int end, TVisitor[] visitors) where TVisitor : struct, IAlertRecordsVisitor
    {
        var next = first + visitors.Length - 1;
        Parallel.For(0, visitors.Length, new ParallelOptions { MaxDegreeOfParallelism = visitors.Length }, lane =>
        {
            for (var a = first + lane; a < end; a = Interlocked.Increment(ref next)) Visit(grouped, a, first, lane, ref visitors[lane]);
        });
    }

    /// <summary>A lane per visitor, each with room for the <paramref name="largest"/> alert (grown by doubling, kept across calls).</summary>
    private void PrepareLanes(int visitors, int largest)
    {
        if (_lanes.Length < visitors) Array.Resize(ref _lanes, visitors);
        for (var l = 0; l < visitors; l++)
        {
            if (_lanes[l].Order is null) _lanes[l] = ([], new AgencyOrder());
            if (_lanes[l].Records.Length < largest) _lanes[l].Records = new ReachRecord[Math.Max(largest, 2 * _lanes[l].Records.Length)];
        }
    }

    private void Visit<TVisitor>(GroupedRecords grouped, int alert, int first, int lane, ref TVisitor visitor) where TVisitor : struct, IAlertRecordsVisitor
    {
        var (buffer, order) = _lanes[lane];
        var records = buffer.AsSpan(0, _start[alert + 1] - _start[alert]);
        grouped.CopyInAgencyOrder(_start[alert] - _start[first], records, order);
        visitor.Visit(alert, records);
    }

    /// <summary>
    /// Room for one block: all <paramref name="total"/> records if they fit in <see cref="BlockRecords"/>, else that
    /// many, but never fewer than the <paramref name="largest"/> alert's. Kept and grown by doubling (up to the block
    /// size), since a small world's replications differ in size.
    /// </summary>
    private GroupedRecords Grouped(int total, int largest)
    {
        var size = Math.Max(Math.Min(total, BlockRecords), largest);
        if (_grouped.Capacity < size) _grouped = new GroupedRecords(Math.Max(size, Math.Min(2 * _grouped.Capacity, Math.Max(BlockRecords, largest))));
        return _grouped;
    }
}
