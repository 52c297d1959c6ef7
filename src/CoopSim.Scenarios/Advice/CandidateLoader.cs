using CoopSim.Model.Scenario;
using CoopSim.Scenarios.Yaml;
using YamlDotNet.RepresentationModel;

namespace CoopSim.Scenarios.Advice;

/// <summary>
/// Reads a candidates file (<c>candidates: [{id, name, cost, source, changes}]</c>) and checks that each
/// candidate applies to the scenario on its own, so that every problem is reported before anything runs.
/// </summary>
public static class CandidateLoader
{
    public static LoadResult<IReadOnlyList<Candidate>> Load(string path, string scenarioPath)
    {
        var diagnostics = new DiagnosticBag();
        var display = WorldLoader.DisplayPath(path);
        var root = YamlFile.Read(path, diagnostics, display);
        if (root is null) return new LoadResult<IReadOnlyList<Candidate>>(null, diagnostics.Items);
        var candidates = Bind(root, display, diagnostics);
        if (diagnostics.Count == 0)
        {
            foreach (var candidate in candidates)
                diagnostics.AddRange(ScenarioLoader.Load(scenarioPath, [candidate.Changes]).Diagnostics);
        }

        return new LoadResult<IReadOnlyList<Candidate>>(diagnostics.Count == 0 ? candidates : null, diagnostics.Items);
    }

    private static List<Candidate> Bind(YamlNode root, string file, DiagnosticBag diagnostics)
    {
        var result = new List<Candidate>();
        var map = MapReader.Of(file, root, diagnostics, "a candidates file");
        if (map is null) return result;
        map.String("description");
        var items = map.List("candidates", required: true);
        map.Finish("a candidates file");
        var seen = new Dictionary<string, SourceLocation>(StringComparer.Ordinal);
        foreach (var node in items)
        {
            var item = MapReader.Of(file, node, diagnostics, "a candidate");
            if (item is null) continue;
            var id = item.String("id", required: true);
            var name = item.String("name") ?? id;
            var cost = item.Number("cost");
            if (cost is < 0) diagnostics.Error(item.Where("cost"), "cost cannot be negative");
            var source = item.String("source", required: true);
            var changes = item.Get("changes", required: true);
            item.String("notes");
            item.Finish("a candidate");
            if (id is null || changes is null) continue;
            if (!seen.TryAdd(id, item.Location))
            {
                diagnostics.Error(item.Location, $"duplicate candidate id '{id}' (first defined at {seen[id]})");
                continue;
            }

            result.Add(new Candidate(id, name!, cost, source, new ChangeSet(file, changes), item.Location));
        }

        if (items.Count > 0 && result.Count == 0 && diagnostics.Count == 0)
            diagnostics.Error(map.Location, "the file lists no candidates");
        return result;
    }
}
