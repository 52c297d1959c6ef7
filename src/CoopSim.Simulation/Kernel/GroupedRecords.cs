using CoopSim.Simulation.Results;

namespace CoopSim.Simulation.Kernel;

/// <summary>
/// One replication's reach records regrouped by alert, as <see cref="MetricsCollector.Fold"/> copies them out of
/// the agencies' lists: by position, in 32-bit fields (<see cref="CompactReach"/>), so that the copy is half the size
/// of the records it holds and writing it costs half the memory traffic. A record that does not fit (a value past
/// 32 bits, a path hash already set) is kept whole on the side. Reading gives back exactly the record put.
/// </summary>
internal sealed class GroupedRecords(int capacity)
{
    private readonly CompactReach[] _entries = new CompactReach[capacity];
    private Dictionary<int, ReachRecord>? _wide;

    /// <summary>How many records a block can hold.</summary>
    public int Capacity => _entries.Length;

    /// <summary>Forgets the records kept whole, before a new block is put.</summary>
    public void Clear() => _wide?.Clear();

    public void Put(int position, in ReachRecord r)
    {
        ref var e = ref _entries[position];
        e.Agency = r.Agency;
        if (!PackedReach.TryPack(r, out e.Record)) (_wide ??= [])[position] = r;
    }

    /// <summary>Writes the records at positions <paramref name="from"/> onwards into <paramref name="into"/> (its length many).</summary>
    public void CopyTo(int from, Span<ReachRecord> into)
    {
        var entries = _entries.AsSpan(from, into.Length);
        for (var i = 0; i < entries.Length; i++)
        {
            ref readonly var e = ref entries[i];
            into[i] = e.Record.Wide ? _wide![from + i] : e.Record.Unpack(e.Agency);
        }
    }
}
