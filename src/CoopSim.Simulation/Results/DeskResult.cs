using CoopSim.Simulation.Statistics;

namespace CoopSim.Simulation.Results;

/// <summary>
/// An agency with a capacity over the whole run (docs/model.md, "Capacity and queue"): <see cref="WaitS"/> is the wait
/// for a free officer of every copy it acted on, over all alerts and replications, in seconds; the busiest hour is the
/// hour of the run (counted from the scenario's start) in which most of those copies arrived, with their mean number
/// per replication.
/// </summary>
public sealed record DeskResult(string Agency, string Country, int Capacity, Summary WaitS, double BusiestHourFromS, double BusiestHourArrivals);
