using CoopSim.Simulation.Results;
namespace CoopSim.Simulation.Kernel;

/// <summary>The hop count and delays of a queued payload too wide for <see cref="QueuedPayload"/>'s 32 bytes.</summary>
internal struct QueuedWide
{
    public int Hops;
    public DelayVector Hop;
}
