using CoopSim.Simulation.Kernel;
using CoopSim.Simulation.Results;
using Orleans;

namespace CoopSim.Simulation.Distributed;

/// <summary>What one agency measured in one replication, gathered by the engine after the last window.</summary>
[GenerateSerializer, Immutable, Alias("coopsim.agency-report")]
public sealed record AgencyReport(
    int Agency,
    int FirstOutEdge,
    long Events,
    IReadOnlyList<(int Alert, ReachRecord Record)> Reached,
    IReadOnlyList<int> LostRelays,
    IReadOnlyList<ChannelCounters> EdgeCounters,
    IReadOnlyList<RawHop>? Hops);
