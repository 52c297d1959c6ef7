namespace CoopSim.Simulation.Results;

/// <summary>
/// Everything a run measured. Holds no wall-clock data: the same scenario and seed give the same value on
/// every engine and worker count.
/// </summary>
public sealed record SimulationResult(
    string Scenario,
    string? Question,
    DateTimeOffset Epoch,
    ulong Seed,
    int Replications,
    long Events,
    IReadOnlyList<AlertResult> Alerts,
    IReadOnlyList<SubjectResult> Subjects,
    IReadOnlyList<ChannelResult> Channels)
{
    /// <summary>One row per agency with a capacity, in agency order; empty when no agency has one.</summary>
    public IReadOnlyList<DeskResult> Desks { get; init; } = [];
}
