using System.Collections.Concurrent;
using CoopSim.Orleans.Abstractions;
using CoopSim.Orleans.Wire;
using CoopSim.Scenarios;
using CoopSim.Scenarios.Bundles;
using CoopSim.Simulation.Distributed;

namespace CoopSim.Orleans.Grains;

/// <summary>
/// Compiled plans in this process. A client that hosts its silo (or a TestCluster, whose silos share the
/// test process) registers the plan it compiled under the run's id. Any other silo compiles the plan of
/// the run's scenario hash once, from the files the client ships (<see cref="ShippedFiles"/>, fetched once per silo)
/// and the changes a study made to them, and keeps a few by hash so that the runs of <c>check</c> or <c>compare</c>
/// and repeated runs of one scenario compile it only once.
/// </summary>
internal static class PlanRegistry
{
    private static readonly ConcurrentDictionary<string, SimulationPlan> ByRun = new(StringComparer.Ordinal);
    private static readonly KeptByHash<SimulationPlan> ByHash = new(kept: 8);

    public static void Register(string runId, SimulationPlan plan) => ByRun[runId] = plan;

    public static void Forget(string runId) => ByRun.TryRemove(runId, out _);

    public static async Task<SimulationPlan> GetAsync(RunSpec run)
    {
        if (ByRun.TryGetValue(run.RunId, out var local)) return local;
        if (string.IsNullOrEmpty(run.ScenarioHash) || run.Source is null)
            throw new InvalidOperationException($"run {run.RunId}: this silo has no plan for a scenario built in the client's memory; run it with the embedded silo");
        var plan = await ByHash.GetAsync(run.ScenarioHash, () => CompileShippedAsync(run));
        if (plan.AgencyCount == run.AgencyCount) return plan;
        ByHash.Forget(run.ScenarioHash);
        throw new InvalidOperationException($"run {run.RunId}: this silo compiled {plan.AgencyCount} agencies, the client {run.AgencyCount}");
    }

    private static async Task<SimulationPlan> CompileShippedAsync(RunSpec run)
    {
        if (!string.Equals(ScenarioBundles.HashWith(run.FilesHash, run.Changes), run.ScenarioHash, StringComparison.Ordinal))
            throw new InvalidOperationException($"run {run.RunId}: the run's files and changes do not match hash {run.ScenarioHash}");
        var files = await ShippedFiles.GetAsync(run);

        // The study's point (sweep settings, a candidate's changes, an uncertain-input sample), applied as the client applied it.
        return SimulationPlan.Compile(files.With(ScenarioChanges.Parse(run.Changes)));
    }
}
