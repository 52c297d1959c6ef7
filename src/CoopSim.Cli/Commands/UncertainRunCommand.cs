using System.Globalization;
using CoopSim.Cli.Options;
using CoopSim.Cli.Engines;
using CoopSim.Cli.Rendering;
using CoopSim.Model.Scenario;
using CoopSim.Simulation.Engine;
using CoopSim.Studies.Answers;
using CoopSim.Studies.Output;
using CoopSim.Studies.Sensitivity;
using Spectre.Console;

namespace CoopSim.Cli.Commands;

/// <summary>
/// <c>run SCENARIO --uncertainty</c>: the scenario's answer as written, then under its uncertain inputs by two-level
/// Monte Carlo (a Latin hypercube of the inputs, the scenario's replications at each point): the answer's range over
/// the inputs and how much of its spread the inputs make rather than the runs' chance.
/// </summary>
internal static class UncertainRunCommand
{
    public const int DefaultPoints = 32;

    /// <summary>--points, checked (here and in report --uncertainty) before any run.</summary>
    internal static void CheckPoints(int points)
    {
        if (points is < 2 or > 10_000) throw new CliException("coopsim: error: --points must be from 2 to 10,000");
    }

    /// <summary>The answer input uncertainty widens (here and in report --uncertainty); one line when the scenario has none.</summary>
    internal static AnswerSpec AnswerToWiden(ScenarioModel scenario) =>
        ScenarioAnswerEvaluator.TargetOf(scenario)
        ?? throw new CliException("coopsim: error: the scenario has no answer to widen (no answer:, expectation or scoped alert)");

    internal static async Task<int> ExecuteAsync(RunRequest request, int points, CliContext context, CancellationToken cancellationToken)
    {
        RunsLimit.Check(request.Runs);
        CheckPoints(points);
        if (request.Format == OutputFormat.Csv) throw new CliException("coopsim: error: run --uncertainty writes a table or json, not csv");
        if (request.Trace.Count > 0) throw new CliException("coopsim: error: run --uncertainty cannot --trace (it runs many settings of the scenario)");
        var scenario = ScenarioInput.TryLoad(request.Scenario, context);
        if (scenario is null) return ExitCodes.BadInput;
        var target = AnswerToWiden(scenario);
        var model = UncertainInputs.Of(scenario, null);
        var replications = request.Runs ?? scenario.Run.Replications;
        var seed = request.Seed ?? scenario.Run.Seed;
        using var file = CommandOutput.Open(request.Output);
        var engine = EngineFactory.Create(request.Engine, request.Cluster, request.TraceOrleans, context.Error, request.ClusterWait);

        // The answer as written, with all the workers; then the outer points side by side, one worker each.
        var asWritten = await engine.RunAsync(scenario, new RunOptions(replications, seed, request.Workers, KeepReplications: false,
            Probe: new AnswerProbe(target, replications)), cancellationToken: cancellationToken);
        var answer = ScenarioAnswerEvaluator.Evaluate(scenario, asWritten, target)!;
        var share = answer.WithinShare ?? answer.Reached;
        var runner = new PointRunner(engine, scenario, model, TwoLevelRunner.HeadlineShare(scenario, target), new RunOptions(replications, seed), request.Workers);
        var show = !request.Quiet && !context.OutputRedirected && (request.Format == OutputFormat.Table || file is not null);
        var result = await SensitivityCommand.WithProgress(context, show, $"{scenario.Name}: {points} settings × {replications} runs", points,
            progress => TwoLevelRunner.RunAsync(runner, target, model, points, replications, seed, progress, cancellationToken));

        var text = request.Format == OutputFormat.Json ? TwoLevelJsonWriter.ToJson(scenario.Name, seed, share.Value, share.CiLow, share.CiHigh, result) : null;
        CommandOutput.Write(context, file, request.Output, text, console => Render(console, scenario, answer, replications, seed, result));
        return ExitCodes.Ok;
    }

    private static void Render(IAnsiConsole console, ScenarioModel scenario, ScenarioAnswer answer, int replications, ulong seed, TwoLevelResult result)
    {
        console.Write(new Rule($"[bold]{Markup.Escape(scenario.Name)}[/]").LeftJustified());
        if (scenario.Question is { } question) console.MarkupLine($"[bold]Question:[/] {Markup.Escape(question)}");
        console.MarkupLine($"[bold]Answer:[/] {Markup.Escape(AnswerSentence.Of(answer, scenario, new WorldNames(scenario.World)))}");
        console.MarkupLine(Markup.Escape($"(as written: {replications.ToString(CultureInfo.InvariantCulture)} simulated runs, seed {seed}; {AnswerSentence.Interval(answer)})"));
        console.MarkupLine($"[bold]With input uncertainty:[/] {Markup.Escape(Sentence(result))}");
    }

    /// <summary>"96.4% on average over 32 settings of 66 uncertain inputs; 95% interval 88.1–99.6%; the inputs make 91% of the spread, the runs' chance 9%."</summary>
    public static string Sentence(TwoLevelResult result)
    {
        var split = double.IsNaN(result.InputShare)
            ? "no setting differs from another"
            : $"the inputs make {Percent.Of(result.InputShare)} of the spread between settings, the runs' chance {Percent.Of(1 - result.InputShare)}";
        return $"{Percent.Of(result.Mean)} on average over {result.Points} settings of {result.Inputs} uncertain inputs ({result.Replications} runs each); "
            + $"95% interval {Percent.Range(result.Low, result.High)}; {split}.";
    }
}
