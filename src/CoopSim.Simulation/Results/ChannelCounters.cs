using Orleans;

namespace CoopSim.Simulation.Results;

/// <summary>
/// Traffic on one channel in one replication. <see cref="Expired"/> counts copies that arrived over the channel and were
/// expired (docs/model.md, "Counting"): the recipient counts them, the sender the rest.
/// </summary>
[GenerateSerializer, Immutable, Alias("coopsim.counters")]
public record struct ChannelCounters(int Messages, int Lost, int DroppedByOutage, int Held, int Expired)
{
    /// <summary>Nothing counted: counters are never negative, so all five are zero exactly when their bits are.</summary>
    public readonly bool IsEmpty => (Messages | Lost | DroppedByOutage | Held | Expired) == 0;
}
