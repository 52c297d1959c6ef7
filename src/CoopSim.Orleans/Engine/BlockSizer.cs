namespace CoopSim.Orleans.Engine;

/// <summary>
/// How many replications the next block gets: enough for about <paramref name="targetSeconds"/> of a silo's work at the
/// rate its last block ran (a grain call then costs a small share of a block), never more than an even share of what
/// is left over the blocks in flight (so the last blocks end together), and before any block answered, the rate
/// <paramref name="knownRate"/> an earlier run measured, else a small first guess. The sizes never change a result,
/// only how the work is cut.
/// </summary>
internal sealed class BlockSizer(int loops, int firstSize, double targetSeconds, int maxSize, double knownRate = 0)
{
    private double _rate = knownRate;

    /// <summary>Replications a second at the last block (or the known rate before any); 0 when neither.</summary>
    public double Rate => Volatile.Read(ref _rate);

    public int Next(int remaining)
    {
        var rate = Volatile.Read(ref _rate);
        var size = rate > 0 ? (int)Math.Min(maxSize, rate * targetSeconds) : firstSize;
        var share = (remaining + loops - 1) / loops;
        return Math.Clamp(Math.Min(size, share), 1, Math.Max(1, maxSize));
    }

    /// <summary>A block of <paramref name="count"/> replications took a silo <paramref name="seconds"/>.</summary>
    public void Observe(int count, double seconds)
    {
        if (seconds > 0) Volatile.Write(ref _rate, count / seconds);
    }
}
