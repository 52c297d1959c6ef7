using CoopSim.Model;
using System.CommandLine;
using System.Globalization;
using CoopSim.Cli.Engines;
using CoopSim.Studies.Answers;
using CoopSim.Studies.Comparisons;
using CoopSim.Studies.Expectations;
using CoopSim.Simulation.Engine;
using Spectre.Console;

namespace CoopSim.Cli.Commands;

/// <summary><c>coopsim check SCENARIO...</c>: runs each scenario and evaluates its <c>expect:</c> checks; exit 1 on any failure.</summary>
public static class CheckCommand
{
    public static Command Create(CliContext context)
    {
        var files = new Argument<string[]>("scenarios") { Description = "Scenario files with expect: checks.", Arity = ArgumentArity.OneOrMore };
        var workers = new Option<int>("--workers", "-w") { Description = "Worker threads (results do not depend on it).", DefaultValueFactory = _ => Environment.ProcessorCount };
        var engine = EngineOption.Create();
        var cluster = ClusterOption.Create();
        var command = new Command("check", "Run scenarios and check the answers their expect: sections state.") { files, workers, engine, cluster };
        command.SetAction(async (parse, ct) =>
        {
            var failed = 0;
            var checks = 0;
            var bad = false;
            // One engine for every scenario: on Orleans they all run on the one embedded silo.
            var simulation = EngineFactory.Create(parse.GetValue(engine)!, parse.GetValue(cluster), false, context.Error);
            foreach (var path in parse.GetValue(files)!)
            {
                var scenario = ScenarioInput.TryLoad(path, context);
                if (scenario is null)
                {
                    bad = true;
                    continue;
                }

                var options = new RunOptions(scenario.Run.Replications, scenario.Run.Seed, Math.Max(1, parse.GetValue(workers)));
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
