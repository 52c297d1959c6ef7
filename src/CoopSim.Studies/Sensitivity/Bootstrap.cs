using CoopSim.Simulation.Statistics;

namespace CoopSim.Studies.Sensitivity;

/// <summary>Percentile bootstrap intervals.</summary>
internal static class Bootstrap
{
    /// <summary>The estimate with the 2.5% and 97.5% points of its resampled values (NaNs, from degenerate resamples, left out).</summary>
    public static Estimate Interval(double value, IEnumerable<double> resampled)
    {
        var sorted = resampled.Where(v => !double.IsNaN(v)).Order().ToArray();
        if (sorted.Length == 0) return new Estimate(value, double.NaN, double.NaN);
        return new Estimate(value, Quantiles.Interpolated(sorted, 0.025), Quantiles.Interpolated(sorted, 0.975));
    }
}
