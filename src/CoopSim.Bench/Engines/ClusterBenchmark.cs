using System.Diagnostics;
using System.Globalization;
using CoopSim.Bench.LocalCluster;
using CoopSim.Model.Scenario;
using CoopSim.Orleans.Engine;
using CoopSim.Orleans.Hosting;
using CoopSim.Simulation.Engine;

namespace CoopSim.Bench.Engines;

/// <summary>
/// Scale-out on one machine: redis-server and N <c>coopsim silo</c> processes on 127.0.0.2.., each silo in a CPU budget
/// of its own (<see cref="CpuBudget"/>), so that N silos stand for N small machines; against the in-process engine
/// in a process on one such budget. The client (this process) has no budget: it stands for the planner's machine.
/// Every engine runs a short untimed run first, so the figures are steady-state replications, not start-up.
/// </summary>
public static class ClusterBenchmark
{
    public static async Task<IReadOnlyList<ClusterBenchRow>> RunAsync(string workload, ScenarioModel scenario, int replications, int maxSilos, double cores,
        IReadOnlyList<OrleansEngineMode> modes, CoopSimCommand coopsim, TextWriter status, CancellationToken cancellationToken)
    {
        var rows = new List<ClusterBenchRow>();
        var inproc = await TimeInProcessAsync(scenario.SourcePath, replications, cores, coopsim, cancellationToken);
        rows.Add(new ClusterBenchRow(workload, "inproc, 1 worker", 1, replications, inproc, replications / inproc, 1, ""));
        await status.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"{workload}: inproc {replications / inproc:N0} replications/s on one budget"));
        await using var redis = await RedisServer.StartAsync();
        for (var silos = 1; silos <= maxSilos; silos++)
        {
            await using var budgeted = await BudgetedSilos.StartAsync(redis, $"bench{silos}", silos, cores, coopsim);
            var cluster = budgeted.Silos;
            foreach (var mode in modes)
            {
                await using var engine = OrleansEngine.WithClient(ClusterAddress.Parse(cluster.ClusterAddress), new OrleansEngineOptions { Mode = mode });
                // As for inproc: the run's time less a small run's (each run ships the scenario; the first started the client).
                var options = new RunOptions(replications, 1, KeepReplications: false);
                var small = Math.Max(1, Math.Min(replications - 1, 2 * silos));
                await engine.RunAsync(scenario, options with { Replications = small }, cancellationToken: cancellationToken);
                var watch = Stopwatch.StartNew();
                await engine.RunAsync(scenario, options with { Replications = small }, cancellationToken: cancellationToken);
                var overhead = watch.Elapsed.TotalSeconds;
                watch.Restart();
                await engine.RunAsync(scenario, options, cancellationToken: cancellationToken);
                var seconds = Math.Max(1e-6, watch.Elapsed.TotalSeconds - overhead) * replications / Math.Max(1, replications - small);
                var rate = replications / seconds;
                var name = mode == OrleansEngineMode.Replications ? "orleans-replications" : "orleans";
                rows.Add(new ClusterBenchRow(workload, name, silos, replications, seconds, rate, rate / (silos * (replications / inproc)), Spread(engine.LastRunReplicationsPerSilo)));
                await status.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"{workload}: {name} on {silos} silo(s): {rate:N0} replications/s"));
            }
        }

        return rows;
    }

    /// <summary>
    /// Seconds of <paramref name="replications"/> on the in-process engine, one worker, in a process on one budget: the
    /// time of that run less the time of a one-replication run (start-up, loading and compiling are the same in both).
    /// </summary>
    private static async Task<double> TimeInProcessAsync(string scenarioPath, int replications, double cores, CoopSimCommand coopsim, CancellationToken cancellationToken)
    {
        var one = await TimeProcessAsync(scenarioPath, 1, cores, coopsim, cancellationToken);
        var all = await TimeProcessAsync(scenarioPath, replications, cores, coopsim, cancellationToken);
        return Math.Max(1e-6, all - one) * replications / Math.Max(1, replications - 1);
    }

    private static async Task<double> TimeProcessAsync(string scenarioPath, int replications, double cores, CoopSimCommand coopsim, CancellationToken cancellationToken)
    {
        using var budget = CpuBudget.TryCreate($"coopsim-bench-{Environment.ProcessId}-inproc-{replications}", cores, out _);
        var watch = Stopwatch.StartNew();
        await using var run = (budget?.Wrap(coopsim) ?? coopsim).Start(Environment.CurrentDirectory, "run", Path.GetFullPath(scenarioPath), "--engine", "inproc", "--workers", "1",
            "--runs", replications.ToString(CultureInfo.InvariantCulture), "--seed", "1", "--format", "json", "--quiet");
        if (!await run.WaitForExitAsync(TimeSpan.FromHours(1)) || run.ExitCode != 0)
            throw new InvalidOperationException($"the in-process run failed: {run.StandardError}");
        cancellationToken.ThrowIfCancellationRequested();
        return watch.Elapsed.TotalSeconds;
    }

    private static string Spread(IReadOnlyDictionary<string, int> perSilo)
    {
        var total = perSilo.Values.Sum();
        return total == 0 ? "" : string.Join(", ", perSilo.Values.OrderDescending().Select(n =>
            string.Create(CultureInfo.InvariantCulture, $"{100.0 * n / total:0}%")));
    }
}
