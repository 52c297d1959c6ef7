using CoopSim.Simulation.Statistics;

namespace CoopSim.Simulation.Results;

/// <summary>
/// How one alert reached one agency over the replications; times in seconds since issue. <see cref="Arrival"/> is
/// when the copy acted on arrived (the one that let the agency act first: docs/model.md, "Act and duplicates"), before
/// office hours, handling, translation and legal review; it is over the
/// same replications as <see cref="TimeToReach"/>. An in-scope agency never reached has 0 successes, empty
/// summaries, no path and an undefined (NaN) breakdown.
/// </summary>
public sealed record AgencyReach(
    string Agency,
    string Country,
    Proportion Reached,
    Summary TimeToReach,
    Summary Arrival,
    Summary Hops,
    PathFrequency? Path,
    DelayBreakdown Breakdown);
