using Orleans;

namespace CoopSim.Simulation.Distributed;

/// <summary>What one agency did in one window: the messages it sent to others, and when its next own event is due.</summary>
[GenerateSerializer, Immutable, Alias("coopsim.window-outcome")]
public sealed record WindowOutcome(IReadOnlyList<AgencyMessage> Sent, long NextEventTime);
