namespace CoopSim.Studies.Sensitivity;

/// <summary>
/// A Latin hypercube sample of the unit cube: each of <c>k</c> coordinates falls once in each of <c>n</c> equal
/// strata, so even a few points cover every input's whole range (the outer sample of two-level Monte Carlo).
/// </summary>
internal static class LatinHypercube
{
    /// <returns><paramref name="n"/> points of <paramref name="k"/> coordinates in [0, 1).</returns>
    public static double[][] Sample(int n, int k, ulong seed)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(n, 1);
        ArgumentOutOfRangeException.ThrowIfNegative(k);
        var random = UnitRandom.For(seed, "lhs");
        var points = new double[n][];
        for (var i = 0; i < n; i++) points[i] = new double[k];
        for (var j = 0; j < k; j++)
        {
            var strata = UnitRandom.Permutation(ref random, n);
            for (var i = 0; i < n; i++) points[i][j] = (strata[i] + random.NextDouble()) / n;
        }

        return points;
    }
}
