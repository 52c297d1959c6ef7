using CoopSim.Simulation.Statistics;

namespace CoopSim.Simulation.Results;

/// <summary>
/// One stop of a subject's itinerary: whether an agency there able to block entry held the alert before the
/// subject arrived, and by how much (seconds; negative when it came too late).
/// </summary>
public sealed record StopResult(string Country, double ArrivesAtSeconds, Proportion BlockedInTime, Summary LeadTime);
