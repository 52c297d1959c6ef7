using CoopSim.Model;

namespace CoopSim.Studies.Sensitivity;

/// <summary>
/// Seeded draws for designs and bootstraps: the project's own generator (the same sequence on every platform),
/// each use keyed by a purpose so that a design and its bootstrap never share a stream.
/// </summary>
internal static class UnitRandom
{
    public static SimRandom For(ulong seed, string purpose) => SimRandom.ForStream(seed, 0, "sensitivity/" + purpose);

    /// <summary>A uniform integer in [0, n).</summary>
    public static int Next(ref SimRandom random, int n) => (int)(random.NextDouble() * n);

    /// <summary>Fisher–Yates shuffle of 0..n-1.</summary>
    public static int[] Permutation(ref SimRandom random, int n)
    {
        var p = Enumerable.Range(0, n).ToArray();
        for (var i = n - 1; i > 0; i--)
        {
            var j = Next(ref random, i + 1);
            (p[i], p[j]) = (p[j], p[i]);
        }

        return p;
    }
}
