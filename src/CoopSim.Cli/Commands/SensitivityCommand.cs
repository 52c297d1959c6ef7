using System.CommandLine;
using CoopSim.Cli.Options;
using CoopSim.Cli.Engines;
using CoopSim.Cli.Rendering;
using CoopSim.Model.Scenario;
using CoopSim.Scenarios.Uncertainty;
using CoopSim.Simulation.Engine;
using CoopSim.Studies.Advice;
using CoopSim.Studies.Answers;
using CoopSim.Studies.Output;
using CoopSim.Studies.Sensitivity;
using Spectre.Console;

namespace CoopSim.Cli.Commands;

/// <summary>
/// <c>coopsim sensitivity SCENARIO</c>: ranks the scenario's uncertain inputs (its <c>uncertainty:</c> block) by
/// their effect on its answer or an objective — Morris screening, then Sobol indices for the inputs that matter —
/// every point with the same seed, points run side by side.
/// </summary>
internal static class SensitivityCommand
{
    /// <summary>
    /// Defaults sized so that korea-desk-wanted with every estimate uncertain (188 inputs) finishes within a minute
    /// on two cores (README, "sensitivity").
    /// </summary>
    public const int DefaultTrajectories = 4;

    public const int DefaultSobolTop = 5;
    public const int DefaultSobolSamples = 64;
    public const int DefaultRuns = 50;

    public static Command Create(CliContext context)
    {
        var scenario = new Argument<string>("scenario") { Description = "The scenario file (YAML), with an uncertainty: block (or give --estimates)." };
        var objective = new Option<string?>("--objective") { Description = "interception:SUBJECT, reach:[ALERT/]TARGET, p50:[ALERT/]TARGET or p90:[ALERT/]TARGET as in advise. Default: the scenario's answer (its median time to act, or its subject's interception)." };
        var run = new RunOptionsGroup($"Replications per point (default {DefaultRuns})");
        var trajectories = new Option<int>("--trajectories") { Description = "Morris trajectories (each costs inputs + 1 points).", DefaultValueFactory = _ => DefaultTrajectories };
        var top = new Option<int>("--sobol-top") { Description = "How many inputs (largest Morris μ*) get Sobol indices.", DefaultValueFactory = _ => DefaultSobolTop };
        var samples = new Option<int>("--sobol-samples") { Description = "Saltelli base samples (each costs sobol-top + 2 points).", DefaultValueFactory = _ => DefaultSobolSamples };
        var estimates = new Option<double?>("--estimates") { Description = "Also make every delay whose basis is an estimate uncertain by this factor either way (like 2)." };
        var format = FormatOption.Create("table, csv (parameter, index, value, ci95_low, ci95_high) or json.", OutputFormat.Table, OutputFormat.Csv, OutputFormat.Json);
        var output = OutOption.Create();
        var quiet = new Option<bool>("--quiet", "-q") { Description = "No progress bar." };
        var command = new Command("sensitivity", "Rank a scenario's uncertain inputs by their effect on its answer (Morris, then Sobol indices with intervals).")
        {
            scenario, objective, trajectories, top, samples, estimates, format, output, quiet,
        };
        run.AddTo(command);
        command.SetAction(async (parse, ct) =>
        {
            var choice = run.Read(parse);
            Check(parse.GetValue(trajectories) is >= 2 and <= 1000, "--trajectories must be from 2 to 1,000");
            Check(parse.GetValue(top) is >= 0 and <= 50, "--sobol-top must be from 0 to 50");
            Check(parse.GetValue(samples) is >= 8 and <= 100_000, "--sobol-samples must be from 8 to 100,000");
            var model = ScenarioInput.TryLoad(parse.GetValue(scenario)!, context);
            if (model is null) return ExitCodes.BadInput;
            var uncertain = UncertainInputs.Of(model, parse.GetValue(estimates));
            var measure = MeasureOf(parse.GetValue(objective), model);
            var settings = new SensitivitySettings(parse.GetValue(trajectories), parse.GetValue(top), parse.GetValue(samples),
                choice.Runs ?? DefaultRuns, choice.Seed ?? model.Run.Seed);
            using var file = CommandOutput.Open(parse.GetValue(output));
            var simulation = choice.CreateEngine(context.Error);
            var options = new RunOptions(settings.Replications, settings.Seed, 1);
            var runner = new PointRunner(simulation, model, uncertain, measure, options, choice.Workers);
            var total = settings.TotalPoints(uncertain.Inputs.Count);
            var showProgress = !parse.GetValue(quiet) && !context.OutputRedirected && (parse.GetValue(format) == OutputFormat.Table || file is not null);
            var result = await WithProgress(context, showProgress, $"{model.Name}: {total:N0} points", total,
                progress => SensitivityRunner.RunAsync(runner, model, uncertain, measure, settings, progress, ct));
            CommandOutput.Write(context, file, parse.GetValue(output), Writers.Text(parse.GetValue(format), result), console => SensitivityRenderer.Render(console, result));
            return ExitCodes.Ok;
        });
        return command;
    }

    private static readonly FormatWriters<SensitivityResult> Writers = new(new Dictionary<OutputFormat, Func<SensitivityResult, string>>
    {
        [OutputFormat.Csv] = SensitivityCsvWriter.ToCsv,
        [OutputFormat.Json] = SensitivityJsonWriter.ToJson,
    });

    /// <summary>The study with every default, on the scenario's own answer (for <c>report --sensitivity</c>).</summary>
    public static Task<SensitivityResult> DefaultStudyAsync(ISimulationEngine engine, ScenarioModel model, CancellationToken cancellationToken)
    {
        var uncertain = UncertainInputs.Of(model, null);
        var measure = MeasureOf(null, model);
        var settings = new SensitivitySettings(DefaultTrajectories, DefaultSobolTop, DefaultSobolSamples, DefaultRuns, model.Run.Seed);
        var runner = new PointRunner(engine, model, uncertain, measure, new RunOptions(settings.Replications, settings.Seed, 1), Environment.ProcessorCount);
        return SensitivityRunner.RunAsync(runner, model, uncertain, measure, settings, null, cancellationToken);
    }

    /// <summary>A progress bar of points done, only where someone watches.</summary>
    public static async Task<T> WithProgress<T>(CliContext context, bool show, string what, int total, Func<IProgress<int>?, Task<T>> work)
    {
        if (!show) return await work(null);
        T result = default!;
        await context.Out.Progress()
            .AutoClear(true)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
            .StartAsync(async progressContext =>
            {
                var task = progressContext.AddTask(Markup.Escape(what), maxValue: total);
                result = await work(new Progress<int>(done => task.Value = done));
                task.Value = total;
            });
        return result;
    }

    private static OutputMeasure MeasureOf(string? text, ScenarioModel model)
    {
        var horizon = model.Run.Horizon.TotalHours;
        if (text is null)
        {
            var target = ScenarioAnswerEvaluator.TargetOf(model)
                ?? throw new CliException("coopsim: error: the scenario has no answer to explain: give --objective");
            return OutputMeasure.ForAnswer(target, horizon, medianForWithin: true);
        }

        if (!Objective.TryParse(text, model, out var objective, out var error)) throw new CliException($"coopsim: error: --objective {error}");
        return OutputMeasure.ForObjective(objective!, horizon);
    }

    private static void Check(bool ok, string message)
    {
        if (!ok) throw new CliException("coopsim: error: " + message);
    }
}
