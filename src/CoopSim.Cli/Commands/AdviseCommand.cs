using System.CommandLine;
using CoopSim.Cli.Options;
using CoopSim.Cli.Engines;
using CoopSim.Cli.Rendering;
using CoopSim.Model.Scenario;
using CoopSim.Scenarios;
using CoopSim.Scenarios.Advice;
using CoopSim.Simulation.Engine;
using CoopSim.Studies.Advice;
using CoopSim.Studies.Output;

namespace CoopSim.Cli.Commands;

/// <summary>
/// <c>coopsim advise SCENARIO --candidates FILE [--pick K] [--objective …]</c>: ranks possible changes by what
/// they buy, measured as paired differences against the scenario, and picks K greedily.
/// </summary>
internal static class AdviseCommand
{
    public static Command Create(CliContext context)
    {
        var scenario = new Argument<string>("scenario") { Description = "The scenario file (YAML)." };
        var candidates = new Option<string>("--candidates", "-c") { Description = "The candidates file (YAML): changes to try, each a scenario changes: block.", Required = true };
        var pick = new Option<int>("--pick", "-k") { Description = "How many to pick greedily, re-measuring the rest after each pick.", DefaultValueFactory = _ => 1 };
        var objective = new Option<string?>("--objective") { Description = "interception:SUBJECT, reach:[ALERT/]TARGET, p50:[ALERT/]TARGET or p90:[ALERT/]TARGET (TARGET a country or agency). Default: the first subject's interception, else the first alert's median time to its first scope country." };
        var run = new RunOptionsGroup("Replications per run (default: the scenario's run.replications)");
        var format = FormatOption.Create("table, csv (one row per round and candidate, ready to plot) or json.", OutputFormat.Table, OutputFormat.Csv, OutputFormat.Json);
        var output = OutOption.Create();
        var rank = AdviseOptions.Rank();
        var budget = AdviseOptions.Budget();
        var command = new Command("advise", "Rank candidate changes (new channels, 24/7 desks, liaison officers) by what they buy, and pick K greedily.")
        {
            scenario, candidates, pick, objective, format, output, rank, budget,
        };
        run.AddTo(command);
        command.SetAction(async (parse, ct) =>
        {
            var choice = run.Read(parse);
            using var outputFile = CommandOutput.Open(parse.GetValue(output));
            if (parse.GetValue(pick) < 1) throw new CliException("coopsim: error: --pick must be at least 1");
            var plan = AdviseOptions.Plan(parse.GetValue(pick), parse.GetValue(rank)!, parse.GetValue(budget));
            var path = parse.GetValue(scenario)!;
            var model = ScenarioInput.TryLoad(path, context);
            if (model is null) return ExitCodes.BadInput;
            var set = LoadCandidates(parse.GetValue(candidates)!, path, context);
            if (set is null) return ExitCodes.BadInput;
            var goal = ObjectiveOf(parse.GetValue(objective), model);
            var runner = new AdviceRunner(choice.CreateEngine(context.Error), choice.For(model),
                picked => ScenarioChanges.Of(picked.Select(c => c.Changes).ToArray()).Load(path).Value, choice.PointsSideBySide);
            var advice = await runner.RunAsync(model.Name, set.Applicable, goal, plan, cancellationToken: ct) with { NotApplicable = set.NotApplicable };
            CommandOutput.Write(context, outputFile, parse.GetValue(output), Writers.Text(parse.GetValue(format), advice), console => AdviceRenderer.Render(console, advice));
            return ExitCodes.Ok;
        });
        return command;
    }

    private static readonly FormatWriters<AdviceResult> Writers = new(new Dictionary<OutputFormat, Func<AdviceResult, string>>
    {
        [OutputFormat.Csv] = AdviceCsvWriter.ToCsv,
        [OutputFormat.Json] = AdviceJsonWriter.ToJson,
    });

    /// <summary>The candidates that apply to the scenario and those that do not; null (after printing why) when the file is broken or none applies.</summary>
    private static CandidateSet? LoadCandidates(string file, string scenarioPath, CliContext context)
    {
        if (!File.Exists(file))
        {
            context.Error.WriteLine($"{file}: error: no such candidates file");
            return null;
        }

        var loaded = CandidateLoader.LoadFor(file, scenarioPath);
        foreach (var diagnostic in loaded.Diagnostics) context.Error.WriteLine(diagnostic.ToString());
        if (!loaded.Succeeded) return null;
        if (loaded.Value!.Applicable.Count > 0) return loaded.Value;
        foreach (var problem in loaded.Value.NotApplicable)
            context.Error.WriteLine($"{file}: error: candidate '{problem.Candidate.Id}' does not apply to the scenario: {problem.Reason}");
        return null;
    }

    private static Objective ObjectiveOf(string? text, ScenarioModel model)
    {
        if (text is null)
            return Objective.DefaultFor(model) ?? throw new CliException("coopsim: error: the scenario has no subject and no alert with a scope: give --objective");
        if (!Objective.TryParse(text, model, out var objective, out var error)) throw new CliException($"coopsim: error: --objective {error}");
        return objective!;
    }
}
