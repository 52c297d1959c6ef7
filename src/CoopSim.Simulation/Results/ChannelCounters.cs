namespace CoopSim.Simulation.Results;

/// <summary>Traffic on one channel in one replication.</summary>
public record struct ChannelCounters(int Messages, int Lost, int DroppedByOutage, int Held);
