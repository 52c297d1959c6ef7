namespace CoopSim.Model.Scenario;

/// <summary>How a scenario runs unless the command line says otherwise.</summary>
public sealed record RunSettings(ulong Seed, int Replications, Duration Horizon)
{
    public static readonly RunSettings Default = new(1, 100, Duration.FromDays(30));
}
