using System.CommandLine;
using CoopSim.Scenarios;
using Spectre.Console;

namespace CoopSim.Cli.Commands;

/// <summary>
/// <c>coopsim init DIR</c>: a folder to edit, with the world, the example scenarios and candidates and the editor
/// schemas shipped with the tool, laid out as in the repository (so that every scenario finds ../seeds).
/// </summary>
internal static class InitCommand
{
    public static Command Create(CliContext context)
    {
        var folder = new Argument<string>("folder") { Description = "The folder to create (it must not exist, or be empty)." };
        var command = new Command("init", "Write the world and the example scenarios into a new folder, to edit and run.") { folder };
        command.SetAction(parse =>
        {
            var target = parse.GetValue(folder)!;
            if (File.Exists(target)) throw new CliException($"{target}: error: is a file; init writes a new folder");
            if (Directory.Exists(target) && Directory.EnumerateFileSystemEntries(target).Any())
                throw new CliException($"{target}: error: the folder is not empty; init writes only into a new or empty folder, so nothing is overwritten");
            var parent = Path.GetDirectoryName(Path.GetFullPath(target));
            if (parent is null || !Directory.Exists(parent)) throw new CliException($"{target}: error: the folder {parent} does not exist");
            var sources = Sources();
            var written = Write(target, parent, sources);

            context.Out.MarkupLine($"wrote [bold]{Markup.Escape(target)}[/]: {written} files");
            context.Out.MarkupLine($"  seeds/      the world: countries, agencies, channels, agreements (each with its source)");
            context.Out.MarkupLine($"  scenarios/  {Directory.GetFiles(Path.Combine(target, "scenarios"), "*.yaml").Length} what-ifs, each opening with its question; scenarios/candidates/ for advise");
            context.Out.MarkupLine($"  schemas/    JSON Schemas, so that an editor completes keys as you type");
            context.Out.MarkupLine($"next: cd {Markup.Escape(target)} && coopsim scenarios && coopsim run scenarios/{BuiltInExamples.StarterScenario}");
            return ExitCodes.Ok;
        });
        return command;
    }

    /// <summary>The shipped folders to copy, by the name each gets in the new folder.</summary>
    private static IReadOnlyList<(string Name, string From)> Sources()
    {
        var world = BuiltInWorld.Folder;
        var scenarios = BuiltInExamples.ScenariosFolder;
        if (world is null || scenarios is null)
            throw new CliException("coopsim: error: this coopsim was built without its examples (no seeds/ or scenarios/ beside the program)", ExitCodes.Failed);
        var list = new List<(string, string)> { ("seeds", world), ("scenarios", scenarios) };
        if (BuiltInExamples.SchemasFolder is { } schemas) list.Add(("schemas", schemas));
        return list;
    }

    /// <summary>Copies into a temporary folder beside the target and moves it into place whole, so a failure leaves nothing half-written.</summary>
    private static int Write(string target, string parent, IReadOnlyList<(string Name, string From)> sources)
    {
        var staging = Path.Combine(parent, $".coopsim-init-{Guid.NewGuid():N}");
        try
        {
            var count = 0;
            foreach (var (name, from) in sources) count += Copy(from, Path.Combine(staging, name));
            if (Directory.Exists(target)) Directory.Delete(target);
            Directory.Move(staging, target);
            return count;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new CliException($"{target}: error: cannot write the folder: {ex.Message}", ExitCodes.Failed);
        }
        finally
        {
            if (Directory.Exists(staging)) Directory.Delete(staging, recursive: true);
        }
    }

    private static int Copy(string from, string to)
    {
        Directory.CreateDirectory(to);
        var count = 0;
        foreach (var file in Directory.EnumerateFiles(from))
        {
            File.Copy(file, Path.Combine(to, Path.GetFileName(file)));
            count++;
        }

        foreach (var sub in Directory.EnumerateDirectories(from)) count += Copy(sub, Path.Combine(to, Path.GetFileName(sub)));
        return count;
    }
}
