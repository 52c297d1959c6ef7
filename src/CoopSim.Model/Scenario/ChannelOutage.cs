namespace CoopSim.Model.Scenario;

/// <summary>A channel is down on [<see cref="From"/>, <see cref="Until"/>), offsets from the epoch.</summary>
public sealed record ChannelOutage(string Channel, Duration From, Duration Until, OutageMode Mode);
