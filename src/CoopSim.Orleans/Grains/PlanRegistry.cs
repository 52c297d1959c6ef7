using System.Collections.Concurrent;
using System.Security.Cryptography;
using CoopSim.Orleans.Wire;
using CoopSim.Scenarios;
using CoopSim.Simulation.Distributed;

namespace CoopSim.Orleans.Grains;

/// <summary>
/// Compiled plans, once per process per run. A client that hosts its own silo (or a TestCluster, whose
/// silos share the test process) registers the plan it already compiled; a stand-alone silo loads the
/// scenario file the run names and refuses it when the file's hash differs from the client's, because
/// two silos simulating different worlds would give results that look valid and are not.
/// </summary>
public static class PlanRegistry
{
    private static readonly ConcurrentDictionary<string, Lazy<SimulationPlan>> Plans = new(StringComparer.Ordinal);

    public static void Register(string runId, SimulationPlan plan) => Plans[runId] = new Lazy<SimulationPlan>(plan);

    public static void Forget(string runId) => Plans.TryRemove(runId, out _);

    public static SimulationPlan Get(RunSpec run) =>
        Plans.GetOrAdd(run.RunId, _ => new Lazy<SimulationPlan>(() => Load(run))).Value;

    /// <summary>SHA-256 of the scenario file, as the client saw it.</summary>
    public static string HashFile(string path) => Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(path)));

    private static SimulationPlan Load(RunSpec run)
    {
        if (string.IsNullOrEmpty(run.ScenarioPath) || !File.Exists(run.ScenarioPath))
            throw new InvalidOperationException($"run {run.RunId}: this silo cannot read the scenario file '{run.ScenarioPath}'; start silos where the client's scenario path is readable");
        var hash = HashFile(run.ScenarioPath);
        if (!string.Equals(hash, run.ContentHash, StringComparison.Ordinal))
            throw new InvalidOperationException($"run {run.RunId}: '{run.ScenarioPath}' on this silo differs from the client's copy");
        var loaded = ScenarioLoader.Load(run.ScenarioPath);
        if (!loaded.Succeeded) throw new InvalidOperationException($"run {run.RunId}: '{run.ScenarioPath}' does not load on this silo: {loaded.Diagnostics[0]}");
        var plan = SimulationPlan.Compile(loaded.Value!);
        if (plan.AgencyCount != run.AgencyCount)
            throw new InvalidOperationException($"run {run.RunId}: this silo compiled {plan.AgencyCount} agencies, the client {run.AgencyCount}");
        return plan;
    }
}
