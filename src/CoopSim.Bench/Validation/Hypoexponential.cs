namespace CoopSim.Bench.Validation;

/// <summary>
/// The sum of independent exponentials with distinct rates λ₁…λₖ (per second):
/// F(x) = 1 − Σᵢ (Πⱼ≠ᵢ λⱼ / (λⱼ − λᵢ)) e^(−λᵢ x). Its cumulants add: κᵣ = Σᵢ (r − 1)! / λᵢʳ.
/// </summary>
internal sealed record Hypoexponential(IReadOnlyList<double> Rates)
{
    public double Mean => Rates.Sum(r => 1 / r);

    public double Variance => Rates.Sum(r => 1 / (r * r));

    /// <summary>The fourth cumulant, for the sampling variance of the sample variance.</summary>
    public double FourthCumulant => Rates.Sum(r => 6 / Math.Pow(r, 4));

    /// <summary>Var(s²) ≈ (κ₄ + 2κ₂²) / n for a sample of n.</summary>
    public double SampleVarianceVariance(int n) => (FourthCumulant + 2 * Variance * Variance) / n;

    public double Cdf(double x) => 1 - Survival(x);

    public double Survival(double x)
    {
        if (x <= 0) return 1;
        double survival = 0;
        for (var i = 0; i < Rates.Count; i++)
        {
            var weight = 1.0;
            for (var j = 0; j < Rates.Count; j++)
                if (j != i) weight *= Rates[j] / (Rates[j] - Rates[i]);
            survival += weight * Math.Exp(-Rates[i] * x);
        }

        // The alternating sum can stray a few ulps outside [0, 1] far in the tail.
        return Math.Clamp(survival, 0, 1);
    }
}
