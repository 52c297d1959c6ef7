using CoopSim.Simulation.Results;
using Orleans;

namespace CoopSim.Simulation.Kernel;

/// <summary>
/// What an event carries. Kept apart from <see cref="EventKey"/> so that the heap moves small keys while
/// the payload stays put.
/// </summary>
[GenerateSerializer, Alias("coopsim.event-payload")]
public struct EventPayload
{
    [Id(0)] public EventType Type;
    [Id(1)] public int Agency;
    [Id(2)] public int Alert;

    /// <summary>The edge that carried the message; -1 for the origin's own issue.</summary>
    [Id(3)] public int Edge;

    /// <summary>Hops from the origin to the recipient of this message.</summary>
    [Id(4)] public int Hops;

    [Id(5)] public long SentAtMs;
    [Id(6)] public long ArrivedAtMs;

    /// <summary>This hop's delays (transit and held are set by the sender, the rest by the recipient).</summary>
    [Id(7)] public DelayVector Hop;

    /// <summary>This hop's own key (sender, sequence): its identity in traces.</summary>
    [Id(8)] public int HopSender;
    [Id(9)] public long HopSeq;

    /// <summary>The hop that let the sender act; sender -1 when the sender is the origin.</summary>
    [Id(10)] public int ParentSender;
    [Id(11)] public long ParentSeq;
}
