namespace CoopSim.Orleans.Engine;

/// <summary>
/// How long one call of <c>count</c> replications may take before it is presumed lost: a multiple of the time per
/// replication of the latest call that answered, times the call's replications, and never less than a multiple of the
/// longest call seen or a floor. It is sized to the work, so a 30-second replication of a large world is not cut short,
/// a lost 10-millisecond one is noticed within the floor, and a block longer than any before (blocks grow as the run
/// learns its rates) gets time in proportion: sized by the longest call alone, a block of 27 replications of a large
/// world was cut short eight times in a row. The latest rate, not the slowest: a first call of one replication that
/// paid for a compile would otherwise make a lost block of hundreds wait hours.
/// </summary>
internal sealed class AttemptTimeout(TimeSpan floor, double factor)
{
    private static readonly TimeSpan Longest = TimeSpan.FromHours(6);

    private long _latestTicksPerReplication;
    private long _longestTicks;

    public TimeSpan For(int count)
    {
        var perReplication = Interlocked.Read(ref _latestTicksPerReplication);
        // Before any call answered there is nothing to size by: allow the slowest plausible one.
        if (perReplication == 0) return Longest;
        var work = Math.Max((double)perReplication * Math.Max(1, count), Interlocked.Read(ref _longestTicks));
        var sized = TimeSpan.FromTicks((long)Math.Min(work * factor, Longest.Ticks));
        return sized > floor ? sized : floor;
    }

    /// <summary>A call of <paramref name="count"/> replications answered after <paramref name="elapsed"/>.</summary>
    public void Observe(TimeSpan elapsed, int count)
    {
        Interlocked.Exchange(ref _latestTicksPerReplication, Math.Max(1, elapsed.Ticks / Math.Max(1, count)));
        long seen;
        do
        {
            seen = Interlocked.Read(ref _longestTicks);
            if (elapsed.Ticks <= seen) return;
        }
        while (Interlocked.CompareExchange(ref _longestTicks, elapsed.Ticks, seen) != seen);
    }
}
