using CoopSim.Simulation.Kernel;
using Orleans;

namespace CoopSim.Simulation.Distributed;

/// <summary>
/// An event in flight between agencies: its place in the total order (<see cref="Key"/>) and what it
/// carries. Engines that host agencies elsewhere (Orleans grains) ship these between windows.
/// </summary>
[GenerateSerializer, Immutable, Alias("coopsim.message")]
public readonly record struct AgencyMessage(EventKey Key, EventPayload Payload)
{
    public int Recipient => Payload.Agency;
}
