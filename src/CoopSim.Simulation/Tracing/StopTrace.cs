namespace CoopSim.Simulation.Tracing;

/// <summary>
/// One itinerary stop of a traced subject: the country, when the subject arrives there (ms since the epoch), and the
/// lead of the earliest block over that arrival in ms (null when no agency there able to block entry got the alert).
/// </summary>
public sealed record StopTrace(string Country, long ArrivesAtMs, long? LeadMs);
