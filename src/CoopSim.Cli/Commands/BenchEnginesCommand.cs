using System.CommandLine;
using System.Globalization;
using CoopSim.Cli.Engines;
using CoopSim.Simulation.Engine;
using CoopSim.Simulation.Generation;

namespace CoopSim.Cli.Commands;

/// <summary><c>coopsim bench-engines</c>: the same runs on each engine, as events per second.</summary>
public static class BenchEnginesCommand
{
    public static Command Create(CliContext context)
    {
        var scenario = new Option<string>("--scenario") { Description = "Starter scenario to time.", DefaultValueFactory = _ => "scenarios/korea-desk-wanted.yaml" };
        var runs = new Option<int>("--runs") { Description = "Replications of the starter scenario.", DefaultValueFactory = _ => 1000 };
        var agencies = new Option<int>("--agencies") { Description = "Agencies in the generated world.", DefaultValueFactory = _ => 10_000 };
        var command = new Command("bench-engines", "Compare engines: events per second, inproc (1 and 2 workers) and Orleans on one in-process silo.")
        {
            scenario, runs, agencies,
        };
        command.SetAction(async (parse, ct) =>
        {
            var starter = ScenarioInput.TryLoad(parse.GetValue(scenario)!, context);
            if (starter is null) return ExitCodes.BadInput;
            var rows = new List<EngineBenchRow>();
            rows.AddRange(await EngineBenchmark.RunAsync("starter: " + starter.Name, starter, parse.GetValue(runs), ParallelMode.Replications, ct));
            var large = WorldGenerator.Generate(new GeneratedWorldOptions(Agencies: parse.GetValue(agencies), Countries: 100, Alerts: 200));
            rows.AddRange(await EngineBenchmark.RunAsync($"generated {large.World.Agencies.Count:N0} agencies", large, 1, ParallelMode.Windows, ct));

            var output = context.RawOut;
            await output.WriteLineAsync("| world | engine | replications | events | seconds | events/s |");
            await output.WriteLineAsync("|---|---|---:|---:|---:|---:|");
            foreach (var row in rows)
            {
                await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                    $"| {row.World} | {row.Engine} | {row.Replications} | {row.Events:N0} | {row.Seconds:F2} | {row.EventsPerSecond:N0} |"));
            }

            return ExitCodes.Ok;
        });
        return command;
    }
}
