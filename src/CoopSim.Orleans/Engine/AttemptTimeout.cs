namespace CoopSim.Orleans.Engine;

/// <summary>
/// How long one replication may take before it is presumed lost: a multiple of the longest replication
/// seen so far in this run, never below a floor. It is sized to the work, so a 30-second replication of a
/// large world is not cut short, and a lost 10-millisecond one is noticed within the floor.
/// </summary>
internal sealed class AttemptTimeout(TimeSpan floor, double factor)
{
    private long _longestTicks;

    public TimeSpan Current
    {
        get
        {
            var longest = Interlocked.Read(ref _longestTicks);
            // Before any replication answered there is nothing to size by: allow the slowest plausible one.
            if (longest == 0) return TimeSpan.FromHours(6);
            var sized = TimeSpan.FromTicks((long)Math.Min(longest * factor, TimeSpan.FromHours(6).Ticks));
            return sized > floor ? sized : floor;
        }
    }

    public void Observe(TimeSpan elapsed)
    {
        long seen;
        do
        {
            seen = Interlocked.Read(ref _longestTicks);
            if (elapsed.Ticks <= seen) return;
        }
        while (Interlocked.CompareExchange(ref _longestTicks, elapsed.Ticks, seen) != seen);
    }
}
