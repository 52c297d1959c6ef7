using CoopSim.Simulation.Distributed;
using CoopSim.Simulation.Results;

namespace CoopSim.Simulation.Kernel;

/// <summary>
/// Turns the agencies' reach lists (each agency's records of every alert) into each alert's records in agency
/// order, one alert at a time, without a copy of every record in full. Reading one alert's records straight from
/// the agencies' lists would visit a different list for every record, a cache miss each (on the 10,000-agency
/// world, most of the fold's time); instead the records are copied in passes over the lists in agency order, each
/// to its alert's place in a compact buffer (<see cref="GroupedRecords"/>), and each alert's are then spelled out
/// into one small reused array. When the records do not fit in <see cref="BlockRecords"/>, the alerts are taken in
/// blocks that do, one pass over the lists each, so the buffer stays bounded however large the world.
/// Kept from one replication to the next; not thread-safe.
/// </summary>
internal sealed class AlertRegrouper(int alerts, int blockRecords = AlertRegrouper.DefaultBlockRecords)
{
    /// <summary>
    /// About 88 MiB of compact records: the 1.9 million records of the generated 10,000-agency × 200-alert world fit,
    /// and are regrouped in one pass.
    /// </summary>
    public const int DefaultBlockRecords = 1 << 21;

    private readonly int[] _start = new int[alerts + 1];
    private readonly int[] _next = new int[alerts];
    private int[] _positions = [];
    private GroupedRecords _grouped = new(0);
    private ReachRecord[] _alertRecords = [];

    /// <summary>The most records regrouped in one pass, unless one alert has more.</summary>
    public int BlockRecords { get; } = blockRecords;

    /// <summary>Passes over the agencies' lists the last call made (1 when every record fit at once).</summary>
    public int LastPasses { get; private set; }

    /// <summary>Hands every alert, in alert order, its records in the order of <paramref name="states"/> to <paramref name="visitor"/>.</summary>
    public void ForEachAlert<TVisitor>(IReadOnlyList<AgencyReport> states, ref TVisitor visitor) where TVisitor : struct, IAlertRecordsVisitor
    {
        var start = _start;
        var next = _next;
        Array.Clear(start);
        for (var s = 0; s < states.Count; s++)
        {
            var reached = states[s].Reached;
            var (list, count) = (reached as ReachList, reached.Count);
            for (var i = 0; i < count; i++) start[AlertAt(reached, list, i) + 1]++;
        }

        var largest = 0;
        for (var a = 0; a < alerts; a++)
        {
            largest = Math.Max(largest, start[a + 1]);
            start[a + 1] += start[a];
        }

        var total = start[alerts];
        var grouped = Grouped(total, largest);
        Array.Copy(start, next, alerts);
        LastPasses = 0;
        if (total <= grouped.Capacity)
        {
            // One pass: every record straight to its place.
            grouped.Clear();
            for (var s = 0; s < states.Count; s++)
            {
                var reached = states[s].Reached;
                var (list, count) = (reached as ReachList, reached.Count);
                for (var i = 0; i < count; i++)
                {
                    var (alert, record) = At(reached, list, i);
                    grouped.Put(next[alert]++, record);
                }
            }

            LastPasses = 1;
            VisitBlock(grouped, 0, alerts, ref visitor);
            return;
        }

        // Each record's place in the grouped order, then one pass per block of alerts copying the block's records.
        if (_positions.Length < total) _positions = new int[total];
        var positions = _positions;
        var n = 0;
        for (var s = 0; s < states.Count; s++)
        {
            var reached = states[s].Reached;
            var (list, count) = (reached as ReachList, reached.Count);
            for (var i = 0; i < count; i++) positions[n++] = next[AlertAt(reached, list, i)]++;
        }

        for (var first = 0; first < alerts;)
        {
            var end = first + 1;
            while (end < alerts && start[end + 1] - start[first] <= grouped.Capacity) end++;
            var from = start[first];
            var size = (uint)(start[end] - from);
            grouped.Clear();
            n = 0;
            for (var s = 0; s < states.Count; s++)
            {
                var reached = states[s].Reached;
                var (list, count) = (reached as ReachList, reached.Count);
                for (var i = 0; i < count; i++)
                {
                    var at = positions[n + i] - from;
                    if ((uint)at < size) grouped.Put(at, At(reached, list, i).Record);
                }

                n += count;
            }

            LastPasses++;
            VisitBlock(grouped, first, end, ref visitor);
            first = end;
        }
    }

    /// <summary>
    /// Entry <paramref name="i"/> of an agency's records: from the kernel's <see cref="ReachList"/> (<paramref name="list"/>,
    /// the same object as <paramref name="reached"/>) without an interface call per record, from any other list through it.
    /// </summary>
    private static (int Alert, ReachRecord Record) At(IReadOnlyList<(int Alert, ReachRecord Record)> reached, ReachList? list, int i) =>
        list is null ? reached[i] : list[i];

    /// <summary>The alert of entry <paramref name="i"/>, without building its record when the list is a <see cref="ReachList"/>.</summary>
    private static int AlertAt(IReadOnlyList<(int Alert, ReachRecord Record)> reached, ReachList? list, int i) =>
        list is null ? reached[i].Alert : list.AlertAt(i);

    /// <summary>Alerts <paramref name="first"/> to <paramref name="end"/> (exclusive), grouped from alert <paramref name="first"/>'s start.</summary>
    private void VisitBlock<TVisitor>(GroupedRecords grouped, int first, int end, ref TVisitor visitor) where TVisitor : struct, IAlertRecordsVisitor
    {
        for (var a = first; a < end; a++)
        {
            var records = _alertRecords.AsSpan(0, _start[a + 1] - _start[a]);
            grouped.CopyTo(_start[a] - _start[first], records);
            visitor.Visit(a, records);
        }
    }

    /// <summary>
    /// Room for one block: all <paramref name="total"/> records if they fit in <see cref="BlockRecords"/>, else that
    /// many, but never fewer than the <paramref name="largest"/> alert's. Kept and grown by doubling (up to the block
    /// size), since a small world's replications differ in size; the per-alert array is sized for the largest alert.
    /// </summary>
    private GroupedRecords Grouped(int total, int largest)
    {
        var size = Math.Max(Math.Min(total, BlockRecords), largest);
        if (_grouped.Capacity < size) _grouped = new GroupedRecords(Math.Max(size, Math.Min(2 * _grouped.Capacity, Math.Max(BlockRecords, largest))));
        if (_alertRecords.Length < largest) _alertRecords = new ReachRecord[Math.Max(largest, 2 * _alertRecords.Length)];
        return _grouped;
    }
}
