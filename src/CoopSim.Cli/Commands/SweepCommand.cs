using System.CommandLine;
using CoopSim.Cli.Engines;
using CoopSim.Cli.Rendering;
using CoopSim.Scenarios.Sweeps;
using CoopSim.Simulation.Engine;
using CoopSim.Studies.Output;
using CoopSim.Studies.Sweeps;

namespace CoopSim.Cli.Commands;

/// <summary>
/// <c>coopsim sweep SCENARIO --vary PATH=VALUES …</c>: runs the scenario at every point of a parameter grid,
/// all with the same seed, and reports the key figures per point.
/// </summary>
public static class SweepCommand
{
    public static Command Create(CliContext context)
    {
        var scenario = new Argument<string>("scenario") { Description = "The scenario file (YAML)." };
        var vary = new Option<string[]>("--vary")
        {
            Description = "PATH=VALUES, e.g. channels.kr-vn-desk.latency.median=1h..12h/1h or agencies.uz.mia.hours=24/7,09:00-18:00. Repeat for a grid. Default: the scenario's sweep: block.",
        };
        var runs = new Option<int?>("--runs", "-n") { Description = "Replications per point (default: the scenario's run.replications)." };
        var seed = new Option<ulong?>("--seed", "-s") { Description = "Seed of every point (default: the scenario's run.seed)." };
        var workers = new Option<int>("--workers", "-w") { Description = "Worker threads (results do not depend on it).", DefaultValueFactory = _ => Environment.ProcessorCount };
        var format = new Option<string>("--format", "-f") { Description = "table, csv (one row per point and figure, ready to plot) or json.", DefaultValueFactory = _ => "table" };
        format.AcceptOnlyFromAmong("table", "csv", "json");
        var output = new Option<string?>("--out", "-o") { Description = "Write to this file instead of stdout (written whole, or not at all)." };
        var engine = new Option<string>("--engine") { Description = "inproc, orleans or orleans-replications (results are identical).", DefaultValueFactory = _ => EngineFactory.Orleans };
        engine.AcceptOnlyFromAmong([.. EngineFactory.EngineNames]);
        var command = new Command("sweep", "Run a scenario over a grid of parameter values with common random numbers.")
        {
            scenario, vary, runs, seed, workers, format, output, engine,
        };
        command.SetAction(async (parse, ct) =>
        {
            RunsLimit.Check(parse.GetValue(runs));
            using var outputFile = CommandOutput.Open(parse.GetValue(output));
            var model = ScenarioInput.TryLoad(parse.GetValue(scenario)!, context);
            if (model is null) return ExitCodes.BadInput;
            var axes = Axes(parse.GetValue(vary) ?? [], model);
            var options = new RunOptions(parse.GetValue(runs) ?? model.Run.Replications, parse.GetValue(seed) ?? model.Run.Seed, Math.Max(1, parse.GetValue(workers)));
            var sweep = await SweepRunner.RunAsync(EngineFactory.Create(parse.GetValue(engine)!, null, false), model, axes, options, cancellationToken: ct);
            // Machine formats keep their bytes; the reader of the terminal still learns which axis did nothing.
            if (parse.GetValue(format) != "table")
                foreach (var still in SweepEffects.Explain(sweep))
                    context.Error.WriteLine($"coopsim: note: {still.Parameter} changed nothing measurable: {still.Reason}");
            var text = parse.GetValue(format) switch
            {
                "csv" => SweepCsvWriter.ToCsv(sweep),
                "json" => SweepJsonWriter.ToJson(sweep),
                _ => null,
            };
            CommandOutput.Write(context, outputFile, parse.GetValue(output), text, console => SweepTableRenderer.Render(console, sweep));
            return ExitCodes.Ok;
        });
        return command;
    }

    /// <summary>The --vary options, or the scenario's own sweep: block (already checked when it loaded).</summary>
    private static IReadOnlyList<SweepAxis> Axes(IReadOnlyList<string> vary, Model.Scenario.ScenarioModel model)
    {
        var axes = new List<SweepAxis>();
        foreach (var option in vary)
        {
            if (!SweepGrid.TryParseOption(option, out var axis, out var error) || !SweepGrid.Check(model, axis!, out error))
                throw new CliException($"coopsim: error: --vary {error}");
            axes.Add(axis!);
        }

        if (axes.Count > 0)
        {
            if (!SweepGrid.CheckSize(axes, out var tooLarge)) throw new CliException($"coopsim: error: --vary: {tooLarge}");
            return axes;
        }

        foreach (var spec in model.Sweep ?? [])
        {
            SweepGrid.TryParse(spec.Path, spec.Values, out var axis, out _, out _);
            axes.Add(axis!);
        }

        if (axes.Count == 0) throw new CliException("coopsim: error: nothing to sweep: give --vary PATH=VALUES or add a sweep: block to the scenario");
        return axes;
    }
}
