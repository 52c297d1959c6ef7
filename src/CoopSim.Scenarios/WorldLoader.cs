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

    public static IReadOnlyList<string>? WorldFiles(string path, DiagnosticBag diagnostics)
    {
        if (File.Exists(path)) return [path];
        if (Directory.Exists(path))
        {
            var files = Directory.EnumerateFiles(path, "*.yaml", SearchOption.AllDirectories)
                .Concat(Directory.EnumerateFiles(path, "*.yml", SearchOption.AllDirectories))
                .Order(StringComparer.Ordinal).ToArray();
            if (files.Length > 0) return files;
            diagnostics.Error(new SourceLocation(path, 0, 0), "the world folder has no .yaml files");
            return null;
        }

        diagnostics.Error(new SourceLocation(path, 0, 0), "no such world file or folder");
        return null;
    }

    /// <summary>Paths in messages are relative to the working folder when they can be, as editors and terminals like them.</summary>
    public static string DisplayPath(string path)
    {
        var relative = Path.GetRelativePath(Directory.GetCurrentDirectory(), path);
        return relative.StartsWith("..", StringComparison.Ordinal) && Path.IsPathRooted(path) ? path : relative;
    }
}
