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
        var p = r.Path;
        ref var e = ref _entries[position];
        if (r.PathHash == 0 && Fits(r.AtMs) && r.Hops >= 0 && Fits(p.Held) && Fits(p.Transit) && Fits(p.OfficeWait)
            && Fits(p.Queue) && Fits(p.Translation) && Fits(p.LegalReview))
        {
            e.Agency = r.Agency;
            e.AtMs = (uint)r.AtMs;
            e.Hops = r.Hops;
            e.From = r.FromAgency;
            e.Channel = r.Channel;
            e.Held = (uint)p.Held;
            e.Transit = (uint)p.Transit;
            e.OfficeWait = (uint)p.OfficeWait;
            e.Queue = (uint)p.Queue;
            e.Translation = (uint)p.Translation;
            e.LegalReview = (uint)p.LegalReview;
        }
        else
        {
            e.Hops = -1;
            (_wide ??= [])[position] = r;
        }
    }

    /// <summary>Writes the records at positions <paramref name="from"/> onwards into <paramref name="into"/> (its length many).</summary>
    public void CopyTo(int from, Span<ReachRecord> into)
    {
        var entries = _entries.AsSpan(from, into.Length);
        for (var i = 0; i < entries.Length; i++)
        {
            ref readonly var e = ref entries[i];
            into[i] = e.Wide
                ? _wide![from + i]
                : new ReachRecord(e.Agency, e.AtMs, e.Hops, e.From, e.Channel,
                    new DelayVector(e.Held, e.Transit, e.OfficeWait, e.Queue, e.Translation, e.LegalReview), 0);
        }
    }

    private static bool Fits(long value) => value is >= 0 and <= uint.MaxValue;
}
