using CoopSim.Simulation.Results;

namespace CoopSim.Simulation.Fold;

/// <summary>
/// One replication's reach records regrouped by alert, as <see cref="AlertRegrouper"/> copies them out of the
/// partitions' logs: by position, in the logs' compact form (<see cref="CompactReach"/>, 44 bytes instead of 88), so
/// the copy costs half the memory traffic of whole records. A record kept whole in its log is kept whole here too,
/// on the side. Reading gives back exactly the record logged.
/// </summary>
internal sealed class GroupedRecords(int capacity)
{
    private readonly CompactReach[] _entries = new CompactReach[capacity];
    private Dictionary<int, ReachRecord>? _wide;

    /// <summary>How many records a block can hold.</summary>
    public int Capacity => _entries.Length;

    /// <summary>Forgets the records kept whole, before a new block is put.</summary>
    public void Clear() => _wide?.Clear();

    /// <summary>Puts the log entry at <paramref name="logPosition"/> of <paramref name="log"/> at <paramref name="position"/>.</summary>
    public void Put(int position, in LoggedReach entry, ReachLog log, int logPosition)
    {
        _entries[position] = entry.Reach;
        if (entry.Reach.Record.Wide) (_wide ??= [])[position] = log.Wide(logPosition);
    }

    /// <summary>
    /// Writes the records at positions <paramref name="from"/> onwards (<paramref name="into"/>'s length many, one
    /// alert's, distinct agencies) into <paramref name="into"/> in agency order. Only reads this object: threads
    /// with an <paramref name="agencyOrder"/> each may copy different alerts at once.
    /// </summary>
    public void CopyInAgencyOrder(int from, Span<ReachRecord> into, AgencyOrder agencyOrder)
    {
        var entries = _entries.AsSpan(from, into.Length);
        var order = agencyOrder.Order(entries);
        for (var i = 0; i < order.Length; i++)
        {
            var k = order[i];
            ref readonly var e = ref entries[k];
            into[i] = e.Record.Wide ? _wide![from + k] : e.Record.Unpack(e.Agency);
        }
    }
}
