using System.CommandLine;
using CoopSim.Cli.Options;
using CoopSim.Cli.Rendering;
using CoopSim.Scenarios.Sweeps;
using CoopSim.Studies.Output;
using CoopSim.Studies.Sweeps;

namespace CoopSim.Cli.Commands;

/// <summary>
/// <c>coopsim sweep SCENARIO --vary PATH=VALUES …</c>: runs the scenario at every point of a parameter grid,
/// all with the same seed, and reports the key figures per point.
/// </summary>
internal static class SweepCommand
{
    public static Command Create(CliContext context)
    {
        var scenario = new Argument<string>("scenario") { Description = "The scenario file (YAML)." };
        var vary = new Option<string[]>("--vary")
        {
            Description = "PATH=VALUES, e.g. channels.kr-vn-desk.latency.median=1h..12h/1h or agencies.uz.mia.hours=24/7,09:00-18:00. Repeat for a grid. Default: the scenario's sweep: block.",
        };
        var run = new RunOptionsGroup("Replications per point (default: the scenario's run.replications)");
        var format = FormatOption.Create("table, csv (one row per point and figure, ready to plot) or json.", OutputFormat.Table, OutputFormat.Csv, OutputFormat.Json);
        var output = OutOption.Create();
        var command = new Command("sweep", "Run a scenario over a grid of parameter values with common random numbers.") { scenario, vary, format, output };
        run.AddTo(command);
        command.SetAction(async (parse, ct) =>
        {
            var choice = run.Read(parse);
            using var outputFile = CommandOutput.Open(parse.GetValue(output));
            var model = ScenarioInput.TryLoad(parse.GetValue(scenario)!, context);
            if (model is null) return ExitCodes.BadInput;
            var axes = Axes(parse.GetValue(vary) ?? [], model);
            var sweep = await SweepRunner.RunAsync(choice.CreateEngine(context.Error), model, axes, choice.For(model), cancellationToken: ct,
                pointsSideBySide: choice.PointsSideBySide);
            // Machine formats keep their bytes; the reader of the terminal still learns which axis did nothing.
            if (parse.GetValue(format) != OutputFormat.Table)
                foreach (var still in SweepEffects.Explain(sweep))
                    context.Error.WriteLine($"coopsim: note: {still.Parameter} changed nothing measurable: {still.Reason}");
            CommandOutput.Write(context, outputFile, parse.GetValue(output), Writers.Text(parse.GetValue(format), sweep), console => SweepTableRenderer.Render(console, sweep));
            return ExitCodes.Ok;
        });
        return command;
    }

    private static readonly FormatWriters<SweepResult> Writers = new(new Dictionary<OutputFormat, Func<SweepResult, string>>
    {
        [OutputFormat.Csv] = SweepCsvWriter.ToCsv,
        [OutputFormat.Json] = SweepJsonWriter.ToJson,
    });

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
