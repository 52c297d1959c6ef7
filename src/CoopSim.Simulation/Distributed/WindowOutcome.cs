namespace CoopSim.Simulation.Distributed;

/// <summary>What one agency did in one window: the messages it sent to others, and when its next own event is due.</summary>
public sealed record WindowOutcome(IReadOnlyList<AgencyMessage> Sent, long NextEventTime);
