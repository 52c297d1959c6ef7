using CoopSim.Simulation.Statistics;

namespace CoopSim.Simulation.Results;

/// <summary>
/// Whether the subject was intercepted: stopped at the first itinerary stop the alert reached in time.
/// <see cref="Alert"/> names the subject's alerts as one text (for tables); <see cref="Alerts"/> lists them.
/// </summary>
public sealed record SubjectResult(string Subject, string Alert, Proportion Intercepted, IReadOnlyList<StopResult> Stops)
{
    public IReadOnlyList<string> Alerts { get; init; } = [];
}
