namespace CoopSim.Simulation.Kernel;

/// <summary>
/// The total order of events (DESIGN.md §3): time, then sender (agency index, which is id order), then the
/// sender's own sequence number. Unique, so heap order never depends on insertion order.
/// </summary>
public readonly record struct EventKey(long Time, int Sender, long Seq)
{
    public bool Precedes(in EventKey other) =>
        Time != other.Time ? Time < other.Time
        : Sender != other.Sender ? Sender < other.Sender
        : Seq < other.Seq;
}
