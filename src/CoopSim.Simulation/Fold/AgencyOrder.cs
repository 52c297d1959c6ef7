namespace CoopSim.Simulation.Fold;

/// <summary>
/// Puts one alert's regrouped records in agency order. The logs hold them in event order, and an agency reaches
/// an alert at most once, so the agencies are distinct: where they are dense in their range (the usual case on a
/// large world, an alert reaching most agencies), each record is marked at its agency's place in a table and the
/// range is walked, linear in both; where they are sparse, their (agency, index) keys are sorted instead.
/// Kept from one alert to the next (the table is left all -1); one per thread.
/// </summary>
internal sealed class AgencyOrder
{
    /// <summary>A range at most this many times the records is walked; a wider one is sorted.</summary>
    private const int DenseFactor = 8;

    private int[] _slotOf = [];
    private long[] _keys = [];
    private int[] _order = [];

    /// <summary>The indices of <paramref name="entries"/> in agency order, in a buffer reused by the next call.</summary>
    public ReadOnlySpan<int> Order(ReadOnlySpan<CompactReach> entries)
    {
        var n = entries.Length;
        if (_order.Length < n) _order = new int[Math.Max(n, 2 * _order.Length)];
        var order = _order.AsSpan(0, n);
        if (n == 0) return order;
        int min = int.MaxValue, max = int.MinValue;
        foreach (ref readonly var e in entries)
        {
            min = Math.Min(min, e.Agency);
            max = Math.Max(max, e.Agency);
        }

        var range = (long)max - min + 1;
        if (min >= 0 && range <= (long)DenseFactor * n + 64) Walk(entries, order, min, (int)range);
        else Sort(entries, order);
        return order;
    }

    private void Walk(ReadOnlySpan<CompactReach> entries, Span<int> order, int min, int range)
    {
        if (_slotOf.Length < range)
        {
            _slotOf = new int[Math.Max(range, 2 * _slotOf.Length)];
            Array.Fill(_slotOf, -1);
        }

        var slotOf = _slotOf.AsSpan(0, range);
        for (var i = 0; i < entries.Length; i++)
        {
            ref var slot = ref slotOf[entries[i].Agency - min];
            if (slot >= 0) throw new InvalidOperationException($"agency {entries[i].Agency} reached the same alert twice");
            slot = i;
        }

        var k = 0;
        for (var a = 0; a < slotOf.Length; a++)
        {
            if (slotOf[a] < 0) continue;
            order[k++] = slotOf[a];
            slotOf[a] = -1;
        }
    }

    private void Sort(ReadOnlySpan<CompactReach> entries, Span<int> order)
    {
        if (_keys.Length < entries.Length) _keys = new long[Math.Max(entries.Length, 2 * _keys.Length)];
        var keys = _keys.AsSpan(0, entries.Length);
        for (var i = 0; i < entries.Length; i++) keys[i] = (long)entries[i].Agency << 32 | (uint)i;
        keys.Sort();
        for (var i = 0; i < keys.Length; i++) order[i] = (int)(uint)keys[i];
    }
}
