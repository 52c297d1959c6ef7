using CoopSim.Files;
using CoopSim.Model.Scenario;
using CoopSim.Model.World;
using CoopSim.Scenarios.Binding;
using CoopSim.Scenarios.Yaml;

namespace CoopSim.Scenarios;

/// <summary>Loads a world: a folder of YAML files (read in name order) or one file.</summary>
public static class WorldLoader
{
    public static LoadResult<WorldModel> Load(string path)
    {
        var diagnostics = new DiagnosticBag();
        var draft = LoadDraft(path, diagnostics);
        if (draft is not null) ReferenceChecker.Check(draft, diagnostics);
        return new LoadResult<WorldModel>(diagnostics.Count == 0 ? draft?.ToModel() : null, diagnostics.Items);
    }

    /// <summary>The world's files, bound but not yet checked for references (a scenario's changes come first).</summary>
    public static WorldDraft? LoadDraft(string path, DiagnosticBag diagnostics)
    {
        var files = WorldFiles(path, diagnostics);
        if (files is null) return null;
        var draft = new WorldDraft();
        foreach (var file in files)
        {
            var root = YamlFile.Read(file, diagnostics, DisplayPath(file));
            if (root is null) continue;
            new WorldBinder(DisplayPath(file), diagnostics, draft).BindFile(root);
        }

        return draft;
    }

    /// <summary>How many entries a world folder may hold (files and folders, at any depth) before it is refused.</summary>
    public const int MaxFolderEntries = 10_000;

    public static IReadOnlyList<string>? WorldFiles(string path, DiagnosticBag diagnostics)
    {
        var display = DisplayPath(path);
        switch (FileKinds.Of(path))
        {
            case FileKind.Missing:
                diagnostics.Error(new SourceLocation(display, 0, 0), "no such world file or folder");
                return null;
            case FileKind.Directory:
                break;
            default:
                // YamlFile.Read says what is wrong with a device or FIFO.
                return [path];
        }

        var files = new List<string>();
        var entries = 0;
        var options = new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = true, AttributesToSkip = FileAttributes.ReparsePoint, MaxRecursionDepth = 8 };
        try
        {
            foreach (var entry in Directory.EnumerateFileSystemEntries(path, "*", options))
            {
                if (++entries > MaxFolderEntries)
                {
                    diagnostics.Error(new SourceLocation(display, 0, 0), $"the world folder holds more than {MaxFolderEntries:N0} files and folders; name the folder of the world's YAML files");
                    return null;
                }

                if (entry.EndsWith(".yaml", StringComparison.Ordinal) || entry.EndsWith(".yml", StringComparison.Ordinal)) files.Add(entry);
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            diagnostics.Error(new SourceLocation(display, 0, 0), $"cannot read the world folder: {ex.Message.ReplaceLineEndings(" ")}");
            return null;
        }

        if (files.Count > 0)
        {
            // Folders named *.yaml are skipped by YamlFile.Read's check; sorted so that ids bind in a stable order.
            return files.Where(f => !Directory.Exists(f)).Order(StringComparer.Ordinal).ToArray();
        }

        diagnostics.Error(new SourceLocation(display, 0, 0), "the world folder has no .yaml files");
        return null;
    }

    /// <summary>Paths in messages are relative to the working folder when they can be, as editors and terminals like them.</summary>
    public static string DisplayPath(string path)
    {
        var relative = Path.GetRelativePath(Directory.GetCurrentDirectory(), path);
        return relative.StartsWith("..", StringComparison.Ordinal) && Path.IsPathRooted(path) ? path : relative;
    }
}
