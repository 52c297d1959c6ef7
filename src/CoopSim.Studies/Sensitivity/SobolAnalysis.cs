namespace CoopSim.Studies.Sensitivity;

/// <summary>
/// Sobol indices from a <see cref="SaltelliDesign"/>'s outputs, with V the variance of f over A and B: the total
/// index by Jansen's estimator, STᵢ = Σ (f(A) − f(ABᵢ))² / (2 N V) (A and ABᵢ share all but input i), and the
/// first-order index by Saltelli et al. (2010), Sᵢ = Σ f(B) (f(ABᵢ) − f(A)) / (N V). Jansen's first-order form
/// 1 − Σ (f(B) − f(ABᵢ))² / (2 N V) is unbiased too, but for an input without effect it is 1 minus a noisy ratio
/// near 1 (−0.2 at 64 rows on korea-desk-wanted), where Saltelli's is exactly 0 (ABᵢ = A). f(B) is centred on the
/// mean first (the sum's expectation is unchanged, since Σ (f(ABᵢ) − f(A)) is 0 on average), which keeps an
/// output far from zero — hours to act — from multiplying the noise. Intervals resample the rows.
/// </summary>
public static class SobolAnalysis
{
    public static IReadOnlyList<SobolIndex> Analyze(SaltelliDesign design, IReadOnlyList<double> outputs, ulong seed, int resamples = 500)
    {
        if (outputs.Count != design.Points.Count) throw new ArgumentException($"{outputs.Count} outputs for {design.Points.Count} points", nameof(outputs));
        var n = design.BaseSamples;
        var k = design.Parameters;
        var stride = design.PointsPerRow;
        var rows = Enumerable.Range(0, n).ToArray();
        var (first, total) = Indices(outputs, rows, k, stride);

        var random = UnitRandom.For(seed, "sobol-bootstrap");
        var bootFirst = new double[k][];
        var bootTotal = new double[k][];
        for (var i = 0; i < k; i++) (bootFirst[i], bootTotal[i]) = (new double[resamples], new double[resamples]);
        var drawn = new int[n];
        for (var b = 0; b < resamples; b++)
        {
            for (var j = 0; j < n; j++) drawn[j] = UnitRandom.Next(ref random, n);
            var (f, t) = Indices(outputs, drawn, k, stride);
            for (var i = 0; i < k; i++) (bootFirst[i][b], bootTotal[i][b]) = (f[i], t[i]);
        }

        return Enumerable.Range(0, k)
            .Select(i => new SobolIndex(i, Bootstrap.Interval(first[i], bootFirst[i]), Bootstrap.Interval(total[i], bootTotal[i])))
            .ToArray();
    }

    private static (double[] First, double[] Total) Indices(IReadOnlyList<double> y, int[] rows, int k, int stride)
    {
        var n = rows.Length;
        double sum = 0, sumSq = 0;
        foreach (var j in rows)
        {
            var (a, b) = (y[j * stride], y[j * stride + 1]);
            sum += a + b;
            sumSq += a * a + b * b;
        }

        var mean = sum / (2 * n);
        var variance = sumSq / (2 * n) - mean * mean;
        var first = new double[k];
        var total = new double[k];
        for (var i = 0; i < k; i++)
        {
            double vB = 0, dA = 0;
            foreach (var j in rows)
            {
                var (a, b, ab) = (y[j * stride], y[j * stride + 1], y[j * stride + 2 + i]);
                vB += (b - mean) * (ab - a);
                dA += (a - ab) * (a - ab);
            }

            // An output that never varies has no variance to share out: every index is 0, not 0/0.
            first[i] = variance > 1e-300 ? vB / (n * variance) : 0;
            total[i] = variance > 1e-300 ? dA / (2 * n * variance) : 0;
        }

        return (first, total);
    }
}
