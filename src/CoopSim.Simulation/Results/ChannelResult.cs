using CoopSim.Model.World;

namespace CoopSim.Simulation.Results;

/// <summary>Per channel, means per replication.</summary>
public sealed record ChannelResult(string Id, ChannelKind Kind, double Messages, double Lost, double DroppedByOutage, double Held, double Expired);
