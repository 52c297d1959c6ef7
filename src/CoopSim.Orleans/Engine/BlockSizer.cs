namespace CoopSim.Orleans.Engine;

/// <summary>
/// How many replications the next block gets: enough for about <paramref name="targetSeconds"/> of a silo's work at the
/// rate its last block ran (a grain call then costs a small share of a block), and long enough that the client, which
/// merges every block alone, keeps up with all the blocks in flight (<see cref="ObserveMerge"/>); never more than an
/// even share of what is left over the blocks in flight (so the last blocks end together); before any block answered,
/// the rate <paramref name="knownRate"/> an earlier run measured, else a small first guess. The sizes never change a
/// result, only how the work is cut.
/// </summary>
internal sealed class BlockSizer(int loops, int firstSize, double targetSeconds, int maxSize, double knownRate = 0)
{
    /// <summary>
    /// The share of one core the client may spend merging blocks. Merging a large world's block costs about the same
    /// whatever its length (it is one pass over every pair the block reached), so on such a world short blocks made
    /// the client, not the silos, set the pace: 200 replications of a 2,000-agency world in 110 blocks cost the
    /// client more CPU than the whole run in-process.
    /// </summary>
    internal const double ClientShare = 0.5;

    private double _rate = knownRate;
    private double _mergeSeconds;

    /// <summary>Replications a second at the last block (or the known rate before any); 0 when neither.</summary>
    public double Rate => Volatile.Read(ref _rate);

    /// <summary>
    /// Seconds of a silo's work the next block aims at: the target, or longer when merging a block takes the client
    /// so long that <paramref name="loops"/> blocks in flight would keep it busier than <see cref="ClientShare"/>.
    /// </summary>
    public double BlockSeconds => Math.Max(targetSeconds, Volatile.Read(ref _mergeSeconds) * loops / ClientShare);

    public int Next(int remaining)
    {
        var rate = Volatile.Read(ref _rate);
        var size = rate > 0 ? (int)Math.Min(maxSize, rate * BlockSeconds) : firstSize;
        var share = (remaining + loops - 1) / loops;
        return Math.Clamp(Math.Min(size, share), 1, Math.Max(1, maxSize));
    }

    /// <summary>A block of <paramref name="count"/> replications took a silo <paramref name="seconds"/>.</summary>
    public void Observe(int count, double seconds)
    {
        if (seconds > 0) Volatile.Write(ref _rate, count / seconds);
    }

    /// <summary>Taking in the last block took the client <paramref name="seconds"/>.</summary>
    public void ObserveMerge(double seconds)
    {
        if (seconds >= 0) Volatile.Write(ref _mergeSeconds, seconds);
    }
}
