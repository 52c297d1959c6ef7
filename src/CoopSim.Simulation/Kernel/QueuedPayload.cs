namespace CoopSim.Simulation.Kernel;

/// <summary>
/// What <see cref="EventQueue"/> keeps of an <see cref="EventPayload"/> while the event waits: everything the
/// rules read, in 64 bytes instead of 120. The recipient is in the queue's node; the fields only traces read
/// are kept apart (<see cref="QueuedTrace"/>), and only when the queue keeps them.
/// </summary>
internal struct QueuedPayload
{
    public int Alert;
    public int Edge;
    public int Hops;
    public EventType Type;
    public DelayVector Hop;
}
