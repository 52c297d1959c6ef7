using System.Diagnostics;
using CoopSim.Model.Scenario;
using CoopSim.Simulation.Engine;
using CoopSim.Orleans.Engine;
using CoopSim.Orleans.Hosting;

namespace CoopSim.Cli.Engines;

/// <summary>
/// Events per second of the same work on each engine (issue 4): inproc with 1 and 2 workers, and Orleans
/// on one in-process silo. The silo is started before the clock starts, and every engine runs once
/// untimed first, so the figures compare steady-state simulation rather than start-up.
/// </summary>
public static class EngineBenchmark
{
    public static async Task<IReadOnlyList<EngineBenchRow>> RunAsync(string world, ScenarioModel scenario, int replications, ParallelMode inprocMode,
        CancellationToken cancellationToken)
    {
        var rows = new List<EngineBenchRow>();
        for (var workers = 1; workers <= 2; workers++)
        {
            var options = new RunOptions(replications, 1, workers, inprocMode);
            rows.Add(await TimeAsync(world, $"inproc, {workers} worker{(workers == 1 ? "" : "s")}", new InProcessEngine(), scenario, options, cancellationToken));
        }

        await using var silo = await OrleansConnection.StartInProcessSiloAsync(null, cancellationToken);
        foreach (var mode in new[] { OrleansEngineMode.AgencyGrains, OrleansEngineMode.Replications })
        {
            var engine = new CliOrleansEngine(new OrleansEngine(silo.Grains, new OrleansEngineOptions { Mode = mode, ReplicationSlots = 2 * Environment.ProcessorCount }));
            var name = mode == OrleansEngineMode.AgencyGrains ? "orleans (agency grains), 1 silo" : "orleans (replication grains), 1 silo";
            rows.Add(await TimeAsync(world, name, engine, scenario, new RunOptions(replications, 1), cancellationToken));
        }
        return rows;
    }

    private static async Task<EngineBenchRow> TimeAsync(string world, string name, ISimulationEngine engine, ScenarioModel scenario, RunOptions options,
        CancellationToken cancellationToken)
    {
        await engine.RunAsync(scenario, options with { Replications = Math.Min(options.Replications, 2) }, cancellationToken: cancellationToken);
        var watch = Stopwatch.StartNew();
        var run = await engine.RunAsync(scenario, options, cancellationToken: cancellationToken);
        watch.Stop();
        return new EngineBenchRow(world, name, options.Replications, run.Result.Events, watch.Elapsed.TotalSeconds);
    }
}
