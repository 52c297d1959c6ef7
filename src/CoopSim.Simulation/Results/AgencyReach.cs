using CoopSim.Simulation.Statistics;

namespace CoopSim.Simulation.Results;

/// <summary>How one alert reached one agency over the replications; times in seconds since issue.</summary>
public sealed record AgencyReach(
    string Agency,
    string Country,
    Proportion Reached,
    Summary TimeToReach,
    Summary Hops,
    PathFrequency? Path,
    DelayBreakdown Breakdown);
