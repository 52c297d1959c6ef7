namespace CoopSim.Simulation.Tests;

/// <summary>Closed-form distributions and the Kolmogorov–Smirnov statistic the kernel tests compare against.</summary>
internal static class Closed
{
    /// <summary>CDF of a sum of independent exponentials with distinct rates (the hypoexponential distribution).</summary>
    public static double HypoexponentialCdf(double x, IReadOnlyList<double> rates)
    {
        if (x <= 0) return 0;
        double survival = 0;
        for (var i = 0; i < rates.Count; i++)
        {
            var weight = 1.0;
            for (var j = 0; j < rates.Count; j++)
                if (j != i) weight *= rates[j] / (rates[j] - rates[i]);
            survival += weight * Math.Exp(-rates[i] * x);
        }

        return 1 - survival;
    }

    /// <summary>The KS statistic sup |F_n(x) - F(x)| of a sample against a CDF (the one docs/validation.md uses).</summary>
    public static double KolmogorovSmirnov(IEnumerable<double> sample, Func<double, double> cdf) =>
        CoopSim.Bench.Validation.KolmogorovSmirnov.Statistic(sample, cdf);

    /// <summary>The KS critical value at the 1% level for large n.</summary>
    public static double KsCritical01(int n) => 1.628 / Math.Sqrt(n);
}
