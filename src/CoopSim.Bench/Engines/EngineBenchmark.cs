using System.Diagnostics;
using System.Globalization;
using CoopSim.Model.Scenario;
using CoopSim.Orleans.Engine;
using CoopSim.Orleans.Hosting;
using CoopSim.Simulation.Engine;

namespace CoopSim.Bench.Engines;

/// <summary>
/// Events per second of the same work on each engine, side by side in one process: inproc with 1 and 2
/// workers, Orleans on the embedded silo, and Orleans on a cluster of silo processes when one is given.
/// Silos are started before the clock starts, and every engine runs once untimed first, so the figures
/// compare steady-state simulation rather than start-up (which is measured on its own).
/// </summary>
public static class EngineBenchmark
{
    public static async Task<IReadOnlyList<EngineBenchRow>> RunAsync(string world, ScenarioModel scenario, int replications, ParallelMode inprocMode,
        IGrainFactory embedded, OrleansConnectionFactory? cluster, CancellationToken cancellationToken)
    {
        var rows = new List<EngineBenchRow>();
        for (var workers = 1; workers <= 2; workers++)
        {
            var options = new RunOptions(replications, 1, workers, inprocMode);
            rows.Add(await TimeAsync(world, $"inproc, {workers} worker{(workers == 1 ? "" : "s")}", new InProcessEngine(), scenario, options, cancellationToken));
        }

        foreach (var mode in new[] { OrleansEngineMode.AgencyGrains, OrleansEngineMode.Replications })
        {
            var engine = new OrleansEngine(embedded, Options(mode));
            rows.Add(await TimeAsync(world, $"orleans ({Grains(mode)}), embedded silo", engine, scenario, new RunOptions(replications, 1), cancellationToken));
        }

        if (cluster is null) return rows;
        foreach (var mode in new[] { OrleansEngineMode.AgencyGrains, OrleansEngineMode.Replications })
        {
            await using var engine = cluster.Engine(Options(mode));
            var row = await TimeAsync(world, $"orleans ({Grains(mode)}), {cluster.Description}", engine, scenario, new RunOptions(replications, 1), cancellationToken);
            rows.Add(row with { Note = Spread(engine.LastRunReplicationsPerSilo) });
        }

        return rows;
    }

    /// <summary>Seconds from nothing to a silo answering grain calls, as the first run of a command pays it.</summary>
    public static async Task<(double Seconds, OrleansConnection Silo)> StartEmbeddedSiloAsync(CancellationToken cancellationToken)
    {
        var watch = Stopwatch.StartNew();
        var silo = await OrleansConnection.StartInProcessSiloAsync(null, cancellationToken);
        watch.Stop();
        return (watch.Elapsed.TotalSeconds, silo);
    }

    private static OrleansEngineOptions Options(OrleansEngineMode mode) => new() { Mode = mode, ReplicationSlots = OrleansEngineOptions.DefaultReplicationSlots };

    private static string Grains(OrleansEngineMode mode) => mode == OrleansEngineMode.AgencyGrains ? "agency grains" : "replication grains";

    private static string Spread(IReadOnlyDictionary<string, int> perSilo)
    {
        var total = perSilo.Values.Sum();
        return total == 0 ? "" : string.Join(", ", perSilo.Values.OrderDescending().Select(n =>
            string.Create(CultureInfo.InvariantCulture, $"{n} ({100.0 * n / total:0}%)")));
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
