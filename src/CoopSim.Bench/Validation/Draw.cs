using CoopSim.Model;

namespace CoopSim.Bench.Validation;

/// <summary>The few draws world generators need, from a seeded stream (never from the wall clock).</summary>
internal static class Draw
{
    /// <summary>A whole number in [<paramref name="low"/>, <paramref name="high"/>].</summary>
    public static int Int(ref SimRandom random, int low, int high) => low + (int)(random.NextDouble() * (high - low + 1));

    public static T Pick<T>(ref SimRandom random, IReadOnlyList<T> items) => items[Int(ref random, 0, items.Count - 1)];

    /// <summary><paramref name="count"/> different items, in random order (a partial Fisher–Yates shuffle).</summary>
    public static T[] Distinct<T>(ref SimRandom random, IReadOnlyList<T> items, int count)
    {
        var pool = items.ToArray();
        for (var i = 0; i < count; i++)
        {
            var j = Int(ref random, i, pool.Length - 1);
            (pool[i], pool[j]) = (pool[j], pool[i]);
        }

        return pool[..count];
    }

    public static bool Coin(ref SimRandom random, double p = 0.5) => random.NextDouble() < p;
}
