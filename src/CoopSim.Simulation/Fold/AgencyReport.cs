using CoopSim.Simulation.Results;

namespace CoopSim.Simulation.Fold;

/// <summary>What one agency measured in one replication, gathered by the engine after the last window.</summary>
public sealed record AgencyReport(
    int Agency,
    int FirstOutEdge,
    long Events,
    IReadOnlyList<(int Alert, ReachRecord Record)> Reached,
    IReadOnlyList<int> LostRelays,
    IReadOnlyList<ChannelCounters> EdgeCounters,
    IReadOnlyList<RawHop>? Hops);
