namespace CoopSim.Bench.Validation;

/// <summary>Every check on one generated world, and its contributions to the family's pooled checks.</summary>
public sealed record CaseVerdict(GeneratedScenario Scenario, IReadOnlyList<CheckOutcome> Checks, IReadOnlyList<PooledScore> Scores)
{
    public bool Passed => Checks.All(c => c.Passed);

    public IEnumerable<CheckOutcome> Failures => Checks.Where(c => !c.Passed);
}
