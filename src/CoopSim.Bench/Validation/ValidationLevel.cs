namespace CoopSim.Bench.Validation;

/// <summary>
/// Bonferroni: a family of <see cref="Checks"/> statistical checks with family-wise error
/// <see cref="FamilyAlpha"/> tests each at α/m, so that a chance failure anywhere in the family has
/// probability at most α and a red run means a bug.
/// </summary>
public sealed record ValidationLevel(double FamilyAlpha, int Checks)
{
    public double PerCheckAlpha => FamilyAlpha / Math.Max(1, Checks);

    public double Z { get; } = NormalDistribution.TwoSidedCritical(FamilyAlpha / Math.Max(1, Checks));

    public double KsCritical(int n) => KolmogorovSmirnov.Critical(n, PerCheckAlpha);

    /// <summary>
    /// The level of one family when <paramref name="statisticalFamilies"/> families share the suite's
    /// α = 1%: each world's checks plus the pooled ones count.
    /// </summary>
    public static ValidationLevel For(IValidationFamily family, int worlds, int statisticalFamilies) =>
        new(SuiteAlpha / Math.Max(1, statisticalFamilies), worlds * family.ChecksPerWorld + family.PooledScores.Count);

    /// <summary>The family-wise error of the whole suite: 1%.</summary>
    public const double SuiteAlpha = 0.01;
}
