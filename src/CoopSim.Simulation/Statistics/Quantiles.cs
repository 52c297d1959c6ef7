namespace CoopSim.Simulation.Statistics;

/// <summary>Percentiles with distribution-free 95% intervals from order statistics (values may be +∞).</summary>
public static class Quantiles
{
    public static (double Value, double Low, double High) WithInterval(IReadOnlyList<double> values, double q)
    {
        var sorted = values.Order().ToArray();
        var n = sorted.Length;
        if (n == 0) return (double.NaN, double.NaN, double.NaN);
        var value = Stats.Percentile(sorted, q);
        var half = Stats.Z95 * Math.Sqrt(n * q * (1 - q));
        var lo = (int)Math.Floor(n * q - half);
        var hi = (int)Math.Ceiling(n * q + half);
        return (value, sorted[Math.Clamp(lo - 1, 0, n - 1)], sorted[Math.Clamp(hi - 1, 0, n - 1)]);
    }

    /// <summary>
    /// The <paramref name="p"/> quantile of <paramref name="sorted"/> values by linear interpolation between order
    /// statistics (type 7): bootstrap intervals, the two-level answer's interval and the report's input band use it.
    /// </summary>
    public static double Interpolated(double[] sorted, double p)
    {
        var h = (sorted.Length - 1) * p;
        var lo = (int)Math.Floor(h);
        var hi = Math.Min(lo + 1, sorted.Length - 1);
        return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
    }
}
