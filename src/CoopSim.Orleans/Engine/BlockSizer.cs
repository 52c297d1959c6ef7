namespace CoopSim.Orleans.Engine;

/// <summary>
/// How many replications the next block gets: enough for about <paramref name="targetSeconds"/> of a silo's work at the
/// rate its last block ran (a grain call then costs a small share of a block), and long enough that the client, which
/// merges every block alone, keeps up with all the blocks in flight (<see cref="ObserveMerge"/>); never so long that its
/// saved fold passes <paramref name="maxBytes"/> (<see cref="ObserveSize"/>); never more than an even share of what is
/// left over the blocks in flight (so the last blocks end together), unless that share is less than
/// <see cref="MinBlockSeconds"/> of work; before any block answered, the cost
/// <paramref name="known"/> an earlier run measured, else a small first guess. The sizes never change a result, only
/// how the work is cut.
/// </summary>
internal sealed class BlockSizer(int loops, int firstSize, double targetSeconds, int maxSize, long maxBytes, BlockCost? known = null)
{
    /// <summary>
    /// The share of one core the client may spend merging blocks. Merging a large world's block costs about the same
    /// whatever its length (it is one pass over every pair the block reached), so on such a world short blocks made
    /// the client, not the silos, set the pace: 200 replications of a 2,000-agency world in 110 blocks cost the
    /// client more CPU than the whole run in-process.
    /// </summary>
    internal const double ClientShare = 0.5;

    /// <summary>
    /// The least work, at the known rate, a block is cut to for the sake of an even share. A block costs a grain call,
    /// a compile of the scenario on a silo that has not run it yet, a saved fold and its merge, whatever its length:
    /// cut into an even share for every block in flight, a sensitivity point of 50 replications went as 4 blocks to 2
    /// silos and 6 to 3, and the study ran slower the more silos it had (11.7 s on one, 15.5 s on two, 17.2 s on three,
    /// measured 8 Dec 2026). A run this short ends sooner as one block; a study's other points keep the other silos busy.
    /// </summary>
    internal const double MinBlockSeconds = 0.1;

    private double _rate = known?.Rate ?? 0;
    private double _bytesPerReplication = known?.BytesPerReplication ?? 0;
    private double _mergeSeconds;

    /// <summary>Replications a second at the last block (or the known rate before any); 0 when neither.</summary>
    public double Rate => Volatile.Read(ref _rate);

    /// <summary>What the last block cost, to remember for the scenario's next run.</summary>
    public BlockCost Cost => new(Volatile.Read(ref _rate), Volatile.Read(ref _bytesPerReplication));

    /// <summary>
    /// Seconds of a silo's work the next block aims at: the target, or longer when merging a block takes the client
    /// so long that <paramref name="loops"/> blocks in flight would keep it busier than <see cref="ClientShare"/>.
    /// </summary>
    public double BlockSeconds => Math.Max(targetSeconds, Volatile.Read(ref _mergeSeconds) * loops / ClientShare);

    public int Next(int remaining)
    {
        var rate = Volatile.Read(ref _rate);
        var size = rate > 0 ? (int)Math.Min(maxSize, rate * BlockSeconds) : firstSize;
        var bytes = Volatile.Read(ref _bytesPerReplication);
        if (bytes > 0) size = (int)Math.Min(size, maxBytes / bytes);
        var share = (remaining + loops - 1) / loops;
        if (rate > 0) share = (int)Math.Max(share, Math.Min(int.MaxValue, rate * MinBlockSeconds));
        return Math.Clamp(Math.Min(Math.Min(size, share), remaining), 1, Math.Max(1, maxSize));
    }

    /// <summary>A block of <paramref name="count"/> replications took a silo <paramref name="seconds"/>.</summary>
    public void Observe(int count, double seconds)
    {
        if (seconds > 0) Volatile.Write(ref _rate, count / seconds);
    }

    /// <summary>
    /// A block of <paramref name="count"/> replications saved a fold of <paramref name="bytes"/>. A large world's fold is
    /// megabytes a replication (5.7 MB for one of a 2,000-agency world, 70 MB for 13), and a message over Orleans'
    /// limit tears down the connection it travels on: blocks of 29 were cut short at every try, and so was every block
    /// in flight beside them. Bytes per replication fall as a block grows (a fold's pairs are shared), so the last
    /// block's figure errs on the short side.
    /// </summary>
    public void ObserveSize(int count, long bytes)
    {
        if (count > 0 && bytes > 0) Volatile.Write(ref _bytesPerReplication, (double)bytes / count);
    }

    /// <summary>Taking in the last block took the client <paramref name="seconds"/>.</summary>
    public void ObserveMerge(double seconds)
    {
        if (seconds >= 0) Volatile.Write(ref _mergeSeconds, seconds);
    }
}
