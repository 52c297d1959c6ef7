namespace CoopSim.Studies.Sensitivity;

/// <summary>Percentile bootstrap intervals.</summary>
internal static class Bootstrap
{
    /// <summary>The estimate with the 2.5% and 97.5% points of its resampled values (NaNs, from degenerate resamples, left out).</summary>
    public static Estimate Interval(double value, IEnumerable<double> resampled)
    {
        var sorted = resampled.Where(v => !double.IsNaN(v)).Order().ToArray();
        if (sorted.Length == 0) return new Estimate(value, double.NaN, double.NaN);
        return new Estimate(value, Quantile(sorted, 0.025), Quantile(sorted, 0.975));
    }

    /// <summary>Linear interpolation between order statistics (type 7), on sorted values.</summary>
    public static double Quantile(double[] sorted, double p)
    {
        var h = (sorted.Length - 1) * p;
        var lo = (int)Math.Floor(h);
        var hi = Math.Min(lo + 1, sorted.Length - 1);
        return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
    }
}
