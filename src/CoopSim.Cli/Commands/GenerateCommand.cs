using System.CommandLine;
using System.Text;
using CoopSim.Simulation.Generation;
using Spectre.Console;

namespace CoopSim.Cli.Commands;

/// <summary>
/// <c>coopsim generate --agencies N --alerts M [--seed S] --out DIR</c>: the synthetic world the benchmarks
/// use, written as ordinary YAML (DIR/world/*.yaml and DIR/scenario.yaml), so that large cases run through
/// run, validate, check and every engine like any scenario.
/// </summary>
public static class GenerateCommand
{
    public static Command Create(CliContext context)
    {
        var agencies = new Option<int>("--agencies") { Description = "Agencies in the world.", DefaultValueFactory = _ => 10_000 };
        var alerts = new Option<int>("--alerts") { Description = "Alerts in the scenario.", DefaultValueFactory = _ => 200 };
        var countries = new Option<int?>("--countries") { Description = "Countries (default: 100, or fewer for a small world)." };
        var seed = new Option<ulong>("--seed", "-s") { Description = "Seed of the world's layout and alerts (the bench uses 42).", DefaultValueFactory = _ => 42 };
        var output = new Option<string>("--out", "-o") { Description = "Folder to write into (created if missing).", Required = true };
        var command = new Command("generate", "Write a generated world and scenario as YAML.") { agencies, alerts, countries, seed, output };
        command.SetAction(parse =>
        {
            var n = parse.GetValue(agencies);
            var m = parse.GetValue(alerts);
            if (n < 1) throw new CliException("coopsim: error: --agencies must be at least 1");
            if (m < 1) throw new CliException("coopsim: error: --alerts must be at least 1");
            var c = parse.GetValue(countries) ?? Math.Min(100, n);
            if (c < 1 || c > n) throw new CliException("coopsim: error: --countries must be between 1 and --agencies");
            var scenario = WorldGenerator.Generate(new GeneratedWorldOptions(Agencies: n, Countries: c, Alerts: m, LayoutSeed: parse.GetValue(seed)));

            var folder = parse.GetValue(output)!;
            var worldFolder = Path.Combine(folder, "world");
            Directory.CreateDirectory(worldFolder);
            Write(Path.Combine(worldFolder, "countries.yaml"), w => GeneratedScenarioWriter.WriteCountries(scenario.World, w));
            Write(Path.Combine(worldFolder, "agencies.yaml"), w => GeneratedScenarioWriter.WriteAgencies(scenario.World, w));
            Write(Path.Combine(worldFolder, "channels.yaml"), w => GeneratedScenarioWriter.WriteChannels(scenario.World, w));
            Write(Path.Combine(worldFolder, "defaults.yaml"), w => GeneratedScenarioWriter.WriteDefaults(scenario.World, w));
            var scenarioPath = Path.Combine(folder, "scenario.yaml");
            Write(scenarioPath, w => GeneratedScenarioWriter.WriteScenario(scenario, "world", w));
            context.Out.MarkupLine($"wrote [bold]{Markup.Escape(scenarioPath)}[/] and its world ({scenario.World.Agencies.Count:N0} agencies, {scenario.World.Channels.Count:N0} channels, {scenario.Alerts.Count:N0} alerts)");
            return ExitCodes.Ok;
        });
        return command;
    }

    private static void Write(string path, Action<TextWriter> write) =>
        CommandOutput.WriteFile(path, stream =>
        {
            using var writer = new StreamWriter(stream, new UTF8Encoding(false), 1 << 16) { NewLine = "\n" };
            write(writer);
        });
}
