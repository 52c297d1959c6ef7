using CoopSim.Simulation.Results;
using Orleans;

namespace CoopSim.Simulation.Fold;

/// <summary>
/// What one agency measured in one replication, gathered by the engine after the last window. <see cref="EdgeCounters"/>
/// are its out-edges' counters in edge order from <see cref="FirstOutEdge"/>, and may stop before its last out-edge
/// where the rest counted nothing. <see cref="ExpiredEdges"/> lists the edge of each copy it received that expired (the
/// channel's <c>expired</c> count).
/// </summary>
[GenerateSerializer, Immutable, Alias("coopsim.agency-report")]
public sealed record AgencyReport(
    int Agency,
    int FirstOutEdge,
    long Events,
    IReadOnlyList<(int Alert, ReachRecord Record)> Reached,
    IReadOnlyList<int> LostRelays,
    IReadOnlyList<ChannelCounters> EdgeCounters,
    IReadOnlyList<RawHop>? Hops,
    IReadOnlyList<int> ExpiredEdges);
