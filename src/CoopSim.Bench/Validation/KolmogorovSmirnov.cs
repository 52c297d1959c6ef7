namespace CoopSim.Bench.Validation;

/// <summary>The one-sample Kolmogorov–Smirnov statistic and its large-sample critical value.</summary>
internal static class KolmogorovSmirnov
{
    /// <summary>D = sup |Fₙ(x) − F(x)| of a sample against a continuous CDF.</summary>
    public static double Statistic(IEnumerable<double> sample, Func<double, double> cdf)
    {
        var sorted = sample.Order().ToArray();
        var n = sorted.Length;
        double d = 0;
        for (var i = 0; i < n; i++)
        {
            var f = cdf(sorted[i]);
            d = Math.Max(d, Math.Max(f - i / (double)n, (i + 1) / (double)n - f));
        }

        return d;
    }

    /// <summary>
    /// The D that √n·D exceeds with probability <paramref name="alpha"/>: Kolmogorov's tail
    /// P(K &gt; c) ≈ 2e^(−2c²), so c = √(−ln(α/2) / 2) (1.628 at α = 1%).
    /// </summary>
    public static double Critical(int n, double alpha) => Math.Sqrt(-Math.Log(alpha / 2) / 2) / Math.Sqrt(n);
}
