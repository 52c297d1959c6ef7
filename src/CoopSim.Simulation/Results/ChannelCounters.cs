using Orleans;

namespace CoopSim.Simulation.Results;

/// <summary>Traffic on one channel in one replication.</summary>
[GenerateSerializer, Immutable, Alias("coopsim.counters")]
public record struct ChannelCounters(int Messages, int Lost, int DroppedByOutage, int Held)
{
    /// <summary>Nothing counted: counters are never negative, so all four are zero exactly when their bits are.</summary>
    public readonly bool IsEmpty => (Messages | Lost | DroppedByOutage | Held) == 0;
}
