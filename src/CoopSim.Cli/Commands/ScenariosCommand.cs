using System.CommandLine;
using CoopSim.Scenarios;
using Spectre.Console;

namespace CoopSim.Cli.Commands;

/// <summary><c>coopsim scenarios [FOLDER]</c>: each scenario file of a folder with the question it answers, as a table.</summary>
internal static class ScenariosCommand
{
    public static Command Create(CliContext context)
    {
        var folder = new Argument<string?>("folder")
        {
            Description = "Folder of scenario files (not searched below). Default: ./scenarios, else the examples shipped with coopsim.",
            Arity = ArgumentArity.ZeroOrOne,
        };
        var command = new Command("scenarios", "List the scenarios of a folder with the question each one answers.") { folder };
        command.SetAction(parse =>
        {
            var path = DefaultInputs.Scenarios(parse.GetValue(folder));
            if (!Directory.Exists(path))
            {
                context.Error.WriteLine($"{path}: error: no such folder");
                return ExitCodes.BadInput;
            }

            // Top level only: sub-folders such as scenarios/candidates hold other kinds of file.
            var files = Directory.EnumerateFiles(path)
                .Where(f => f.EndsWith(".yaml", StringComparison.Ordinal) || f.EndsWith(".yml", StringComparison.Ordinal))
                .Order(StringComparer.Ordinal)
                .ToArray();
            if (files.Length == 0)
            {
                context.Error.WriteLine($"{path}: error: the folder has no .yaml scenario files");
                return ExitCodes.BadInput;
            }

            var shipped = parse.GetValue(folder) is null && path != DefaultInputs.ScenariosFolder;
            var where = shipped ? $"shipped with coopsim ({path}; coopsim init DIR copies them to edit)" : path;
            var table = new Table().Border(TableBorder.Rounded).Title($"{files.Length} scenario{(files.Length == 1 ? "" : "s")} {(shipped ? "" : "in ")}{Markup.Escape(where)}");
            table.AddColumn("file");
            table.AddColumn("question");
            foreach (var file in files)
            {
                var loaded = ScenarioLoader.Load(file);
                // A file that does not load is still listed, so that the list matches the folder; validate says why.
                var question = loaded.Value is { } scenario
                    ? Markup.Escape(scenario.Question ?? "(no question given)")
                    : $"[red]does not load: {loaded.Diagnostics.Count} problem{(loaded.Diagnostics.Count == 1 ? "" : "s")}; see coopsim validate[/]";
                table.AddRow(Markup.Escape(Path.GetFileName(file)), question);
            }

            context.Out.Write(table);
            return ExitCodes.Ok;
        });
        return command;
    }
}
