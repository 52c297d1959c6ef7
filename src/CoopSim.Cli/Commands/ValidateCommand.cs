using System.CommandLine;
using CoopSim.Scenarios;
using Spectre.Console;

namespace CoopSim.Cli.Commands;

/// <summary><c>coopsim validate FILE...</c>: every problem as one <c>file(line,col): error:</c> line; exit 2 if any.</summary>
internal static class ValidateCommand
{
    public static Command Create(CliContext context)
    {
        var files = new Argument<string[]>("files") { Description = "Scenario files, world files or world folders.", Arity = ArgumentArity.OneOrMore };
        var command = new Command("validate", "Check scenarios and worlds; print every problem with its file, line and column.") { files };
        command.SetAction(parse =>
        {
            var problems = 0;
            foreach (var path in parse.GetValue(files)!)
            {
                if (!File.Exists(path) && !Directory.Exists(path))
                {
                    context.Error.WriteLine($"{path}: error: no such file or folder");
                    problems++;
                    continue;
                }

                var outcome = InputValidator.Validate(path);
                foreach (var diagnostic in outcome.Diagnostics) context.Error.WriteLine(diagnostic.ToString());
                problems += outcome.Diagnostics.Count;
                if (outcome.Diagnostics.Count == 0)
                    context.Out.MarkupLine($"[green]ok[/] {Markup.Escape(path)} ({outcome.What}: {Markup.Escape(outcome.Summary)})");
            }

            if (problems > 0) context.Error.WriteLine($"coopsim: {problems} problem{(problems == 1 ? "" : "s")} found");
            return problems > 0 ? ExitCodes.BadInput : ExitCodes.Ok;
        });
        return command;
    }
}
