namespace CoopSim.Simulation.Kernel;

/// <summary>The fields of a queued <see cref="EventPayload"/> that only traces read (see <see cref="QueuedPayload"/>).</summary>
internal struct QueuedTrace
{
    public long SentAtMs;
    public long ArrivedAtMs;
    public int HopSender;
    public int ParentSender;
    public long HopSeq;
    public long ParentSeq;
}
