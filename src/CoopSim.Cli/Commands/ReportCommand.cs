using System.CommandLine;
using System.Text;
using CoopSim.Cli.Options;
using CoopSim.Cli.Engines;
using CoopSim.Cli.Report;
using CoopSim.Model.Scenario;
using CoopSim.Simulation.Engine;
using CoopSim.Studies.Answers;
using CoopSim.Studies.Sensitivity;
using CoopSim.Studies.Comparisons;
using Spectre.Console;

namespace CoopSim.Cli.Commands;

/// <summary>
/// <c>coopsim report SCENARIO [VARIANT] --out report.html</c>: one self-contained page with the question, the
/// answer, the checks and the charts; with a what-if, both runs share the seed and the paired differences are
/// the ones `compare` prints.
/// </summary>
internal static class ReportCommand
{
    public static Command Create(CliContext context)
    {
        var scenario = new Argument<string>("scenario") { Description = "The scenario file (YAML)." };
        var variant = new Argument<string?>("variant") { Description = "A what-if to set beside it (optional).", Arity = ArgumentArity.ZeroOrOne };
        var run = new RunOptionsGroup("Replications of each side (default: the scenario's)");
        var output = new Option<string>("--out", "-o") { Description = "The HTML file to write (whole, or not at all).", Required = true };
        var sensitivity = new Option<bool>("--sensitivity") { Description = "Add \"What the answer depends on\": coopsim sensitivity's default study, with a tornado chart." };
        var uncertainty = new Option<bool>("--uncertainty")
        {
            Description = "Add the answer with input uncertainty (the scenario's uncertainty: block, by two-level Monte Carlo as run --uncertainty) "
                + "and its wider band on the time-to-act curve; --sensitivity adds them too.",
        };
        var points = new Option<int>("--points") { Description = "With --uncertainty: settings of the uncertain inputs, each run --runs times.", DefaultValueFactory = _ => UncertainRunCommand.DefaultPoints };
        var command = new Command("report", "Write a self-contained HTML report with charts (offline, no script).") { scenario, variant, output, sensitivity, uncertainty, points };
        run.AddTo(command);
        command.SetAction(async (parse, ct) =>
        {
            var choice = run.Read(parse);
            // Opened first, so that a folder or an unwritable place is reported before any work is done.
            using var outputFile = CommandOutput.Open(parse.GetValue(output)!);
            var b = ScenarioInput.TryLoad(parse.GetValue(scenario)!, context);
            var v = parse.GetValue(variant) is { } variantPath ? ScenarioInput.TryLoad(variantPath, context) : null;
            if (b is null || (parse.GetValue(variant) is not null && v is null)) return ExitCodes.BadInput;
            var widen = parse.GetValue(uncertainty) || parse.GetValue(sensitivity);
            if (widen)
            {
                // Every refusal before any run: no uncertain inputs, no answer to widen, a bad --points.
                UncertainInputs.Of(b, null);
                UncertainRunCommand.AnswerToWiden(b);
                UncertainRunCommand.CheckPoints(parse.GetValue(points));
            }

            if (v is not null && Comparability.Problem(b, v) is { } unrelated) throw new CliException($"coopsim: error: {unrelated}");
            var options = choice.For(b);
            var simulation = choice.CreateEngine(context.Error);
            var baseRun = await simulation.RunAsync(b, options, cancellationToken: ct);
            var variantRun = v is null ? null : await simulation.RunAsync(v, options, cancellationToken: ct);
            var comparison = variantRun is null ? null : PairedComparison.Compare(baseRun, variantRun, options.Seed);
            var study = parse.GetValue(sensitivity) ? await SensitivityCommand.DefaultStudyAsync(simulation, b, ct) : null;
            var uncertain = widen ? await UncertainAsync(simulation, b, options, choice.Workers, parse.GetValue(points), ct) : null;
            var page = ReportPage.Build(new ReportPage.Side(b, baseRun), v is null ? null : new ReportPage.Side(v, variantRun!), comparison, study, uncertain);
            var path = parse.GetValue(output)!;
            if (outputFile is null)
            {
                context.RawOut.Write(page);
                context.RawOut.Flush();
                return ExitCodes.Ok;
            }

            outputFile.Stream.Write(new UTF8Encoding(false).GetBytes(page));
            CommandOutput.Commit(outputFile);
            context.Out.MarkupLine($"wrote [bold]{Markup.Escape(path)}[/]");
            return ExitCodes.Ok;
        });
        return command;
    }

    /// <summary>The two-level study of run --uncertainty, keeping each setting's times to act for the report's wider band.</summary>
    private static async Task<ReportPage.Uncertain> UncertainAsync(ISimulationEngine engine, ScenarioModel scenario, RunOptions options, int workers, int points, CancellationToken ct)
    {
        var target = UncertainRunCommand.AnswerToWiden(scenario);
        var model = UncertainInputs.Of(scenario, null);
        var curves = new CurveCollector(target);
        var measure = TwoLevelRunner.HeadlineShare(scenario, target);
        if (CurveCollector.CanDraw(target)) measure = curves.Wrap(measure);
        var runner = new PointRunner(engine, scenario, model, measure, new RunOptions(options.Replications, options.Seed), workers);
        var result = await TwoLevelRunner.RunAsync(runner, target, model, points, options.Replications, options.Seed, cancellationToken: ct);
        return new ReportPage.Uncertain(UncertainRunCommand.Sentence(result), curves);
    }
}
