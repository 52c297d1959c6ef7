namespace CoopSim.Model.Scenario;

/// <summary>The subject reaches <see cref="Country"/>'s border at <see cref="ArrivesAt"/> (offset from the epoch).</summary>
public sealed record ItineraryStop(string Country, Duration ArrivesAt);
