using CoopSim.Simulation.Statistics;

namespace CoopSim.Simulation.Results;

/// <summary>Whether the subject was intercepted: stopped at the first itinerary stop the alert reached in time.</summary>
public sealed record SubjectResult(string Subject, string Alert, Proportion Intercepted, IReadOnlyList<StopResult> Stops);
