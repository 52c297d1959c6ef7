using System.CommandLine;
using System.Text;
using CoopSim.Bench.Generation;
using Spectre.Console;

namespace CoopSim.Cli.Commands;

/// <summary>
/// <c>coopsim generate --agencies N --alerts M [--seed S] --out DIR</c>: the synthetic world the benchmarks
/// use, written as ordinary YAML (DIR/world/*.yaml and DIR/scenario.yaml), so that large cases run through
/// run, validate, check and every engine like any scenario.
/// </summary>
internal static class GenerateCommand
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
            // World files are read up to 1 MiB each (docs/hardening.md), so large worlds are written in parts
            // of at most PerFile agencies or channels; the loader reads a folder's files in name order.
            var world = scenario.World;
            for (var part = 0; part * PerFile < Math.Max(1, world.Agencies.Count); part++)
            {
                var agencies = world with { Agencies = world.Agencies.Skip(part * PerFile).Take(PerFile).ToArray() };
                Write(Path.Combine(worldFolder, $"agencies-{part:D3}.yaml"), w => GeneratedScenarioWriter.WriteAgencies(agencies, w));
            }

            for (var part = 0; part * PerFile < Math.Max(1, world.Channels.Count); part++)
            {
                var channels = world with { Channels = world.Channels.Skip(part * PerFile).Take(PerFile).ToArray() };
                Write(Path.Combine(worldFolder, $"channels-{part:D3}.yaml"), w => GeneratedScenarioWriter.WriteChannels(channels, w));
            }
            Write(Path.Combine(worldFolder, "defaults.yaml"), w => GeneratedScenarioWriter.WriteDefaults(scenario.World, w));
            var scenarioPath = Path.Combine(folder, "scenario.yaml");
            Write(scenarioPath, w => GeneratedScenarioWriter.WriteScenario(scenario, "world", w));
            context.Out.MarkupLine($"wrote [bold]{Markup.Escape(scenarioPath)}[/] and its world ({scenario.World.Agencies.Count:N0} agencies, {scenario.World.Channels.Count:N0} channels, {scenario.Alerts.Count:N0} alerts)");
            return ExitCodes.Ok;
        });
        return command;
    }

    /// <summary>About 600 KB of YAML per part: well under the loader's 1 MiB per file.</summary>
    private const int PerFile = 2000;

    private static void Write(string path, Action<TextWriter> write) =>
        CommandOutput.WriteFile(path, stream =>
        {
            using var writer = new StreamWriter(stream, new UTF8Encoding(false), 1 << 16) { NewLine = "\n" };
            write(writer);
        });
}
