using System.Collections;
using CoopSim.Simulation.Results;

namespace CoopSim.Simulation.Fold;

/// <summary>
/// One agency's (alert, record) pairs of a replication, stored compactly: a large world holds one per reached
/// (alert, agency) pair, tens of millions at once, so an entry keeps the record in 32-bit fields (44 bytes
/// instead of the 96 of a tuple). The agency is the owner's and the path hash is 0 until the collector sums
/// paths, so neither is stored; a record that does not fit (a value past 32 bits, another agency, a hash) is
/// kept whole on the side. Reading gives back exactly the record added.
/// </summary>
internal sealed class ReachList(int agency, int alerts) : IReadOnlyList<(int Alert, ReachRecord Record)>
{
    private ReachEntry[] _entries = [];
    private Dictionary<int, ReachRecord>? _whole;

    public int Count { get; private set; }

    public (int Alert, ReachRecord Record) this[int index]
    {
        get
        {
            ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual((uint)index, (uint)Count, nameof(index));
            ref readonly var e = ref _entries[index];
            return (e.Alert, e.Record.Wide ? _whole![index] : e.Record.Unpack(agency));
        }
    }

    public void Add((int Alert, ReachRecord Record) item) => Add(item.Alert, item.Record);

    public void Add(int alert, in ReachRecord r)
    {
        if (Count == _entries.Length)
        {
            // An agency acts on each alert at most once: growing no further than the alert count leaves no slack.
            var grown = Math.Max(4, 2 * Count);
            Array.Resize(ref _entries, Count < alerts ? Math.Min(grown, alerts) : grown);
        }

        ref var e = ref _entries[Count];
        e.Alert = alert;
        if (r.Agency != agency || !PackedReach.TryPack(r, out e.Record))
        {
            e.Record = PackedReach.WideMark;
            (_whole ??= [])[Count] = r;
        }

        Count++;
    }

    public void Clear()
    {
        Count = 0;
        _whole?.Clear();
    }

    /// <summary>The pairs as an array, filled by index (an agency grain's report copies its list once a replication).</summary>
    public (int Alert, ReachRecord Record)[] ToArray()
    {
        var pairs = new (int Alert, ReachRecord Record)[Count];
        for (var i = 0; i < pairs.Length; i++) pairs[i] = this[i];
        return pairs;
    }

    public IEnumerator<(int Alert, ReachRecord Record)> GetEnumerator()
    {
        for (var i = 0; i < Count; i++) yield return this[i];
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
