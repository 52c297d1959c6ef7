namespace CoopSim.Simulation.Statistics;

/// <summary>Summaries over replications. Pure functions of their input order-free values, so results do not depend on scheduling.</summary>
public static class Stats
{
    public const double Z95 = 1.959963984540054;

    public static Summary Summarize(IReadOnlyList<double> values)
    {
        if (values.Count == 0) return Summary.Empty;
        if (values.Count == 1) return new Summary(1, values[0], values[0], values[0], values[0], values[0], values[0], values[0], values[0]);
        var sorted = values.ToArray();
        Array.Sort(sorted);
        double sum = 0;
        foreach (var v in sorted) sum += v;
        var n = sorted.Length;
        var mean = sum / n;
        double ss = 0;
        foreach (var v in sorted) ss += (v - mean) * (v - mean);
        var sd = n > 1 ? Math.Sqrt(ss / (n - 1)) : 0;
        var half = n > 1 ? Z95 * sd / Math.Sqrt(n) : 0;
        return new Summary(n, mean, Percentile(sorted, 0.5), Percentile(sorted, 0.9), Percentile(sorted, 0.99),
            mean - half, mean + half, sorted[0], sorted[^1]);
    }

    /// <summary>
    /// Time to act over all <paramref name="replications"/>, of which <paramref name="reached"/> are the ones that
    /// got there. The percentiles count every other replication as never (+∞), the rule `check` and `compare`
    /// use too, so a p90 is "9 runs in 10 had acted by then" and is +∞ when fewer than 9 in 10 did. The mean, its
    /// interval, the minimum and the maximum are over the replications that got there (a mean with "never" in
    /// it would be no number at all).
    /// </summary>
    public static Summary SummarizeTimes(IReadOnlyList<double> reached, int replications)
    {
        var conditional = Summarize(reached);
        if (reached.Count == 0 || replications <= reached.Count) return conditional;
        var all = new double[replications];
        for (var i = 0; i < reached.Count; i++) all[i] = reached[i];
        Array.Fill(all, double.PositiveInfinity, reached.Count, replications - reached.Count);
        Array.Sort(all);
        return conditional with { P50 = Percentile(all, 0.5), P90 = Percentile(all, 0.9), P99 = Percentile(all, 0.99) };
    }

    /// <summary>Nearest-rank percentile of an ascending array.</summary>
    public static double Percentile(double[] sorted, double p)
    {
        if (sorted.Length == 0) return double.NaN;
        var rank = (int)Math.Ceiling(p * sorted.Length);
        return sorted[Math.Clamp(rank - 1, 0, sorted.Length - 1)];
    }

    public static Proportion Proportion(int successes, int n)
    {
        if (n == 0) return new Proportion(0, 0, double.NaN, double.NaN, double.NaN);
        var p = successes / (double)n;
        var z2 = Z95 * Z95;
        var denominator = 1 + z2 / n;
        var centre = (p + z2 / (2 * n)) / denominator;
        var half = Z95 * Math.Sqrt(p * (1 - p) / n + z2 / (4.0 * n * n)) / denominator;
        return new Proportion(successes, n, p, Math.Max(0, centre - half), Math.Min(1, centre + half));
    }
}
