using CoopSim.Simulation.Fold;
using CoopSim.Simulation.Kernel;
using CoopSim.Simulation.Results;

namespace CoopSim.Simulation.Engine;

/// <summary>The summary over replications, and the raw per-replication metrics it was made from (for paired comparisons).</summary>
public sealed record SimulationRun(SimulationResult Result, WorldIndex Index, IReadOnlyList<ReplicationMetrics> Replications)
{
    /// <summary>How the engine spread the work (for --verbose); never part of the result.</summary>
    public string? Schedule { get; init; }

    /// <summary>Where the run's time went (in-process engine only); never part of the result.</summary>
    public RunPhases? Phases { get; init; }

    /// <summary>The <see cref="RunOptions.Probe"/> that observed every replication of this run, when one was given.</summary>
    public IReplicationProbe? Probe { get; init; }
}
