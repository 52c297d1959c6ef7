using CoopSim.Model.Scenario;
using CoopSim.Scenarios.Binding;
using CoopSim.Scenarios.Yaml;

namespace CoopSim.Scenarios;

/// <summary>Reads a scenario file, loads the world it names, applies its what-if changes and validates the lot.</summary>
public static class ScenarioLoader
{
    public static LoadResult<ScenarioModel> Load(string path) => Load(path, []);

    /// <summary>The scenario with further <c>changes:</c> blocks applied after its own (advise's candidates).</summary>
    public static LoadResult<ScenarioModel> Load(string path, IReadOnlyList<ChangeSet> extraChanges)
    {
        var diagnostics = new DiagnosticBag();
        var display = WorldLoader.DisplayPath(path);
        var root = YamlFile.Read(path, diagnostics, display);
        if (root is null) return new LoadResult<ScenarioModel>(null, diagnostics.Items);
        var scenario = new ScenarioBinder(display, path, diagnostics).Bind(root, LeadingComment(path), extraChanges);
        return new LoadResult<ScenarioModel>(diagnostics.Count == 0 ? scenario : null, diagnostics.Items);
    }

    /// <summary>The comment a scenario file opens with: its question, when no <c>question:</c> key gives it.</summary>
    private static string LeadingComment(string path)
    {
        var lines = new List<string>();
        foreach (var line in File.ReadLines(path))
        {
            var t = line.Trim();
            if (!t.StartsWith('#')) break;
            var comment = t.TrimStart('#').Trim();

            // The editor's schema line (docs/scenario-format.md) is not part of the question.
            if (comment.StartsWith("yaml-language-server:", StringComparison.Ordinal)) continue;
            lines.Add(comment);
        }

        var text = string.Join(" ", lines.Where(l => l.Length > 0)).Trim();
        return text.StartsWith("Question:", StringComparison.OrdinalIgnoreCase) ? text["Question:".Length..].Trim() : text;
    }
}
