using System.CommandLine;
using System.Globalization;
using CoopSim.Cli.Options;
using CoopSim.Cli.Engines;
using CoopSim.Model;
using CoopSim.Simulation.Engine;
using CoopSim.Studies.Expectations;
using Spectre.Console;

namespace CoopSim.Cli.Commands;

/// <summary><c>coopsim check SCENARIO...</c>: runs each scenario and evaluates its <c>expect:</c> checks; exit 1 on any failure.</summary>
internal static class CheckCommand
{
    public static Command Create(CliContext context)
    {
        var files = new Argument<string[]>("scenarios") { Description = "Scenario files with expect: checks.", Arity = ArgumentArity.OneOrMore };
        // Each scenario runs with its own seed and replications, as its file says: no --runs or --seed.
        var run = new RunOptionsGroup(runs: null);
        var command = new Command("check", "Run scenarios and check the answers their expect: sections state.") { files };
        run.AddTo(command);
        command.SetAction(async (parse, ct) =>
        {
            var choice = run.Read(parse);
            var failed = 0;
            var checks = 0;
            // Every file is read before the engine exists, so that a bad one is reported before any silo starts.
            var loaded = parse.GetValue(files)!.Select(path => (Path: path, Scenario: ScenarioInput.TryLoad(path, context))).ToArray();
            var bad = loaded.Any(l => l.Scenario is null);

            // One engine for every scenario: on Orleans they all run on the one embedded silo.
            var simulation = loaded.Any(l => l.Scenario is not null) ? choice.CreateEngine(context.Error) : null;
            foreach (var (path, scenario) in loaded)
            {
                if (scenario is null || simulation is null) continue;
                var options = choice.For(scenario);
                var run = await simulation.RunAsync(scenario, options, cancellationToken: ct);
                context.Out.MarkupLine($"[bold]{Markup.Escape(path)}[/] ({options.Replications} runs, seed {options.Seed})");
                if (scenario.Expectations.Count == 0) context.Out.MarkupLine("  [yellow]no expect: checks[/]");
                foreach (var outcome in ExpectationEvaluator.Evaluate(scenario, run))
                {
                    checks++;
                    if (!outcome.Passed) failed++;
                    var mark = outcome.Passed ? "[green]PASS[/]" : "[red]FAIL[/]";
                    context.Out.MarkupLine($"  {mark} {Markup.Escape(outcome.Expectation.Text)}: measured {Format(outcome.Value, outcome.Unit)} (95% interval {Format(outcome.Low, outcome.Unit)} to {Format(outcome.High, outcome.Unit)})");
                }
            }

            context.Out.MarkupLine($"{checks - failed} of {checks} checks passed");
            return bad ? ExitCodes.BadInput : failed > 0 ? ExitCodes.Failed : ExitCodes.Ok;
        });
        return command;
    }

    private static string Format(double value, string unit) =>
        unit == "h" ? HumanDuration.FromHours(value)
        : double.IsPositiveInfinity(value) ? "never" : double.IsNaN(value) ? "—" : value.ToString("0.###", CultureInfo.InvariantCulture);
}
