namespace CoopSim.Model.Scenario;

/// <summary>How a scenario runs unless the command line says otherwise.</summary>
public sealed record RunSettings(ulong Seed, int Replications, Duration Horizon)
{
    public static readonly RunSettings Default = new(1, 100, Duration.FromDays(30));

    /// <summary>
    /// The most replications one run may ask for: every replication's outcome is kept until the end, so a count
    /// in the billions would exhaust memory long before it finished. 100,000 already pins a reach to ±0.3%.
    /// </summary>
    public const int MaxReplications = 100_000;
}
