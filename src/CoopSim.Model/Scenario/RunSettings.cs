namespace CoopSim.Model.Scenario;

/// <summary>How a scenario runs unless the command line says otherwise.</summary>
public sealed record RunSettings(ulong Seed, int Replications, Duration Horizon)
{
    public static readonly RunSettings Default = new(1, 100, Duration.FromDays(30));

    /// <summary>
    /// The most replications a scenario file, or a command that keeps every replication's outcome until the end
    /// (compare, check, advise), may ask for: a count in the billions would exhaust memory long before it
    /// finished. 100,000 already pins a reach to ±0.3%.
    /// </summary>
    public const int MaxReplications = 100_000;

    /// <summary>
    /// The most replications <c>coopsim run</c> may ask for: it folds each replication as it finishes and keeps
    /// one figure of it (8 bytes, for the table's answer), so 10,000,000 need 80 MB beyond the fixed summaries,
    /// and pin a reach to ±0.03%.
    /// </summary>
    public const int MaxFoldedReplications = 10_000_000;
}
