using CoopSim.Simulation.Statistics;

namespace CoopSim.Simulation.Results;

/// <summary>How one alert reached a country (its first agency there); times in seconds since issue.</summary>
public sealed record CountryReach(string Country, bool InScope, Proportion Reached, Summary TimeToReach, string? FirstAgency);
