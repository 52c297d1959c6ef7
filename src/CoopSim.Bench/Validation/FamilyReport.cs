namespace CoopSim.Bench.Validation;

/// <summary>One family's worlds, their verdicts and the pooled checks, at the family's Bonferroni level.</summary>
public sealed record FamilyReport(IValidationFamily Family, ValidationLevel Level, IReadOnlyList<ulong> Seeds, IReadOnlyList<CaseVerdict> Cases,
    IReadOnlyList<CheckOutcome> Pooled)
{
    public int Checks => Cases.Sum(c => c.Checks.Count) + Pooled.Count;

    public int Failed => Cases.Sum(c => c.Failures.Count()) + Pooled.Count(p => !p.Passed);

    public bool Passed => Failed == 0;
}
