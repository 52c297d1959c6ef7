using CoopSim.Model.World;
using CoopSim.Simulation.Statistics;

namespace CoopSim.Simulation.Results;

/// <summary>What became of one alert over the replications.</summary>
public sealed record AlertResult(
    string Id,
    AlertKind Kind,
    Priority Priority,
    string Origin,
    IReadOnlyList<string> Scope,
    Summary AgenciesReached,
    Summary CountriesReached,
    Summary ScopeShare,
    Summary LostRelays,
    IReadOnlyList<AgencyReach> Agencies,
    IReadOnlyList<CountryReach> Countries);
