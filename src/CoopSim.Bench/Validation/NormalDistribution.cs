namespace CoopSim.Bench.Validation;

/// <summary>The standard normal distribution: its tail and the two-sided critical value of a level.</summary>
internal static class NormalDistribution
{
    /// <summary>P(Z &gt; z), from the complementary error function.</summary>
    public static double UpperTail(double z) => 0.5 * Erfc(z / Math.Sqrt(2));

    /// <summary>The z with P(|Z| &gt; z) = <paramref name="alpha"/>, found by bisection on the tail.</summary>
    public static double TwoSidedCritical(double alpha)
    {
        double lo = 0, hi = 40;
        for (var i = 0; i < 200; i++)
        {
            var mid = (lo + hi) / 2;
            if (2 * UpperTail(mid) > alpha) lo = mid;
            else hi = mid;
        }

        return (lo + hi) / 2;
    }

    /// <summary>erfc by its Taylor series for small x and by Lentz's continued fraction beyond, both to double precision.</summary>
    private static double Erfc(double x)
    {
        if (x < 0) return 2 - Erfc(-x);
        if (x < 2)
        {
            // erf(x) = 2/√π Σ (−1)ⁿ x^(2n+1) / (n! (2n+1))
            double sum = 0, term = x;
            for (var n = 0; n < 100; n++)
            {
                var add = term / (2 * n + 1);
                sum += add;
                if (Math.Abs(add) < 1e-17 * Math.Abs(sum)) break;
                term *= -x * x / (n + 1);
            }

            return 1 - 2 / Math.Sqrt(Math.PI) * sum;
        }

        // erfc(x) = e^(−x²)/√π · 1/(x + 1/2/(x + 1/(x + 3/2/(x + …))))
        const double tiny = 1e-300;
        var f = x;
        var c = x;
        var d = 0.0;
        for (var n = 1; n < 500; n++)
        {
            var a = n / 2.0;
            d = x + a * d;
            d = Math.Abs(d) < tiny ? tiny : d;
            c = x + a / c;
            c = Math.Abs(c) < tiny ? tiny : c;
            d = 1 / d;
            var delta = c * d;
            f *= delta;
            if (Math.Abs(delta - 1) < 1e-16) break;
        }

        return Math.Exp(-x * x) / Math.Sqrt(Math.PI) / f;
    }
}
