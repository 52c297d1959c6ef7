using CoopSim.Model;
using CoopSim.Model.Distributions;

namespace CoopSim.Scenarios.Sweeps;

/// <summary>
/// Gives a delay distribution a new median while keeping its minimum (the kernel's lookahead for channels)
/// and its kind: a uniform [min, max] becomes [min, 2·median − min]; a lognormal keeps its min and its
/// p90/median ratio; a shifted exponential keeps its min; an empirical table is scaled as a whole.
/// </summary>
internal static class DelayMedian
{
    public static Duration Of(DelayDistribution delay) => delay switch
    {
        FixedDelay f => f.Value,
        UniformDelay u => new Duration((u.Min.Milliseconds + u.Max.Milliseconds) / 2),
        LogNormalDelay l => l.Median,
        ShiftedExponentialDelay e => new Duration(e.Min.Milliseconds + (long)Math.Round((e.MeanValue.Milliseconds - e.Min.Milliseconds) * Math.Log(2))),
        EmpiricalDelay t => EmpiricalMedian(t),
        _ => throw new ArgumentOutOfRangeException(nameof(delay), delay, "unknown delay distribution"),
    };

    public static DelayDistribution? With(DelayDistribution delay, Duration median, out string error)
    {
        error = string.Empty;
        var min = delay.Minimum;
        if (delay is not FixedDelay and not EmpiricalDelay && median <= min)
        {
            error = $"a median of {median} is not above the distribution's minimum {min}";
            return null;
        }

        switch (delay)
        {
            case FixedDelay f:
                return f with { Value = median };
            case UniformDelay u:
                return u with { Max = new Duration(2 * median.Milliseconds - u.Min.Milliseconds) };
            case LogNormalDelay l:
                return l with { Median = median, P90 = new Duration((long)Math.Round(l.P90.Milliseconds * (median.Milliseconds / (double)l.Median.Milliseconds))) };
            case ShiftedExponentialDelay e:
                return e with { MeanValue = new Duration(e.Min.Milliseconds + (long)Math.Round((median.Milliseconds - e.Min.Milliseconds) / Math.Log(2))) };
            case EmpiricalDelay t:
                var current = EmpiricalMedian(t);
                if (current.Milliseconds <= 0)
                {
                    error = "an empirical table whose median is zero cannot be scaled to another median";
                    return null;
                }

                var factor = median.Milliseconds / (double)current.Milliseconds;
                return t with { Points = t.Points.Select(p => p with { Value = new Duration((long)Math.Round(p.Value.Milliseconds * factor)) }).ToArray() };
            default:
                error = "unknown delay distribution";
                return null;
        }
    }

    private static Duration EmpiricalMedian(EmpiricalDelay t)
    {
        for (var i = 1; i < t.Points.Count; i++)
        {
            var (lo, hi) = (t.Points[i - 1], t.Points[i]);
            if (hi.Quantile < 0.5) continue;
            var width = hi.Quantile - lo.Quantile;
            var f = width <= 0 ? 0 : (0.5 - lo.Quantile) / width;
            return new Duration((long)Math.Round(lo.Value.Milliseconds + f * (hi.Value.Milliseconds - lo.Value.Milliseconds)));
        }

        return t.Points[^1].Value;
    }
}
