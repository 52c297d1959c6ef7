using CoopSim.Simulation.Results;
namespace CoopSim.Simulation.Kernel;

/// <summary>
/// What an event carries. Kept apart from <see cref="EventKey"/> so that the heap moves small keys while
/// the payload stays put.
/// </summary>
public struct EventPayload
{
    public EventType Type;
    public int Agency;
    public int Alert;

    /// <summary>The edge that carried the message; -1 for the origin's own issue.</summary>
    public int Edge;

    /// <summary>Hops from the origin to the recipient of this message.</summary>
    public int Hops;

    public long SentAtMs;
    public long ArrivedAtMs;

    /// <summary>This hop's delays (transit and held are set by the sender, the rest by the recipient).</summary>
    public DelayVector Hop;

    /// <summary>This hop's own key (sender, sequence): its identity in traces.</summary>
    public int HopSender;
    public long HopSeq;

    /// <summary>The hop that let the sender act; sender -1 when the sender is the origin.</summary>
    public int ParentSender;
    public long ParentSeq;
}
