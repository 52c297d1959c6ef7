namespace CoopSim.Simulation.Results;

/// <summary>
/// The first-delivery path most often seen: agencies from origin to recipient and the channels between
/// them, with the share of delivering replications that took it.
/// </summary>
public sealed record PathFrequency(IReadOnlyList<string> Agencies, IReadOnlyList<string> Channels, double Share);
