using System.CommandLine;
using System.Globalization;
using CoopSim.Bench.Engines;
using CoopSim.Bench.Generation;
using CoopSim.Bench.LocalCluster;
using CoopSim.Cli.Engines;
using CoopSim.Orleans.Hosting;
using CoopSim.Simulation.Engine;

namespace CoopSim.Cli.Commands;

/// <summary>
/// <c>coopsim bench-engines</c>: the same runs on each engine, as events per second: inproc, the embedded
/// silo, and a cluster of three <c>coopsim silo</c> processes on 127.0.0.2–4 with Redis membership, which it
/// starts and stops itself (it needs redis-server; without it the cluster rows are left out, and it says so).
/// </summary>
internal static class BenchEnginesCommand
{
    public static Command Create(CliContext context)
    {
        var scenario = new Option<string>("--scenario") { Description = "Starter scenario to time.", DefaultValueFactory = _ => "scenarios/korea-desk-wanted.yaml" };
        var runs = new Option<int>("--runs") { Description = "Replications of the starter scenario.", DefaultValueFactory = _ => 1000 };
        var agencies = new Option<int>("--agencies") { Description = "Agencies in the generated world.", DefaultValueFactory = _ => 10_000 };
        var large = new Option<string?>("--large") { Description = "A large scenario file to time instead of generating one in memory (a cluster needs files to ship)." };
        var noCluster = new Option<bool>("--no-cluster") { Description = "Leave out the three-silo cluster rows." };
        var command = new Command("bench-engines", "Compare engines: events per second on inproc (1 and 2 workers), the embedded silo and a three-silo cluster.")
        {
            scenario, runs, agencies, large, noCluster,
        };
        command.SetAction(async (parse, ct) =>
        {
            var starter = ScenarioInput.TryLoad(parse.GetValue(scenario)!, context);
            if (starter is null) return ExitCodes.BadInput;
            var largeScenario = parse.GetValue(large) is { } largePath
                ? ScenarioInput.TryLoad(largePath, context)
                : WorldGenerator.Generate(new GeneratedWorldOptions(Agencies: parse.GetValue(agencies), Countries: 100, Alerts: 200));
            if (largeScenario is null) return ExitCodes.BadInput;

            var (startup, silo) = await EngineBenchmark.StartEmbeddedSiloAsync(ct);
            await using var embedded = silo;
            await using var cluster = parse.GetValue(noCluster) ? null : await StartClusterAsync(context, ct);
            var clusterFactory = cluster is null ? null : new OrleansConnectionFactory(ClusterAddress.Parse(cluster.Silos.ClusterAddress), "3 silo processes");
            var rows = new List<EngineBenchRow>();
            rows.AddRange(await EngineBenchmark.RunAsync("starter: " + starter.Name, starter, parse.GetValue(runs), ParallelMode.Replications, embedded.Grains, clusterFactory, ct));
            var largeCluster = File.Exists(largeScenario.SourcePath) ? clusterFactory : null;
            if (clusterFactory is not null && largeCluster is null)
                await context.Error.WriteLineAsync("coopsim: note: the generated world lives in memory, so it has no cluster rows; pass --large FILE to time one on the cluster");
            rows.AddRange(await EngineBenchmark.RunAsync($"{(largeCluster is null ? "generated " : "")}{largeScenario.World.Agencies.Count:N0} agencies", largeScenario, 1,
                ParallelMode.Windows, embedded.Grains, largeCluster, ct));

            var output = context.RawOut;
            await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"embedded silo start-up: {startup:F2} s"));
            await output.WriteLineAsync();
            await output.WriteLineAsync("| world | engine | replications | events | seconds | events/s | replications per silo |");
            await output.WriteLineAsync("|---|---|---:|---:|---:|---:|---|");
            foreach (var row in rows)
            {
                await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                    $"| {row.World} | {row.Engine} | {row.Replications} | {row.Events:N0} | {row.Seconds:F2} | {row.EventsPerSecond:N0} | {row.Note} |"));
            }

            return ExitCodes.Ok;
        });
        return command;
    }

    private static async Task<BenchCluster?> StartClusterAsync(CliContext context, CancellationToken ct)
    {
        if (!RedisServer.IsInstalled())
        {
            await context.Error.WriteLineAsync("coopsim: note: no redis-server on PATH, so no three-silo cluster rows (apt-get install redis-server)");
            return null;
        }

        var redis = await RedisServer.StartAsync();
        try
        {
            var silos = await SiloProcesses.StartAsync(redis, "bench", CoopSimCommand.OfThisProcess(typeof(BenchEnginesCommand).Assembly.Location));
            return new BenchCluster(redis, silos);
        }
        catch
        {
            await redis.DisposeAsync();
            throw;
        }
    }
}
