using CoopSim.Cli.Engines;
using CoopSim.Model.Scenario;
using CoopSim.Simulation.Engine;
using CoopSim.Simulation.Fold;

namespace CoopSim.Cli.Options;

/// <summary>What <see cref="RunOptionsGroup"/> read, checked: turned into a scenario's run options and the engine that runs them.</summary>
internal sealed record RunChoice(int? Runs, ulong? Seed, int Workers, string Engine, string? Cluster)
{
    /// <summary>The run options for <paramref name="scenario"/>: --runs and --seed where given, else the scenario's own.</summary>
    public RunOptions For(ScenarioModel scenario, bool keepReplications = true, IReplicationProbe? probe = null) =>
        new(Runs ?? scenario.Run.Replications, Seed ?? scenario.Run.Seed, Workers, KeepReplications: keepReplications, Probe: probe);

    /// <summary>How long a client of <see cref="Cluster"/> waits for it to come back (<c>--cluster-wait</c>).</summary>
    public TimeSpan ClusterWait { get; init; } = ClusterWaitText.Default;

    /// <summary>
    /// How many of a study's points run at once: on a cluster a few, so one point's last blocks and fixed costs (calls,
    /// a compile on each silo) overlap the next point's work; elsewhere one, since a run already takes every core.
    /// </summary>
    public int PointsSideBySide => Cluster is null ? 1 : ClusterPointsSideBySide;

    internal const int ClusterPointsSideBySide = 4;

    public ISimulationEngine CreateEngine(TextWriter? status = null, bool traceOrleans = false) =>
        EngineFactory.Create(Engine, Cluster, traceOrleans, status, ClusterWait);
}
