using CoopSim.Simulation.Kernel;
using CoopSim.Simulation.Statistics;

namespace CoopSim.Simulation.Results;

/// <summary>
/// What the replications so far say about one (alert, agency) pair. A struct in a flat array: a pair reached
/// once costs no objects of its own; path counts appear only when a second replication reaches it.
/// </summary>
internal struct PairFold
{
    public int Agency;
    public ValueSketch TimeMs;
    public ValueSketch ArrivalMs;
    public ValueSketch Hops;
    public DelayVector PathDelays;
    public int FirstPath;
    public Dictionary<int, int>? PathCounts;
}
