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

    /// <summary>
    /// The file's candidates split by whether each applies to the scenario on its own. Problems of the file itself
    /// (syntax, unknown keys, duplicate ids) are diagnostics and fail the load; a candidate that does not fit the
    /// scenario is set aside with its first problem, so that the others are still measured.
    /// </summary>
    public static LoadResult<CandidateSet> LoadFor(string path, string scenarioPath)
    {
        var diagnostics = new DiagnosticBag();
        var display = WorldLoader.DisplayPath(path);
        var root = YamlFile.Read(path, diagnostics, display);
        if (root is null) return new LoadResult<CandidateSet>(null, diagnostics.Items);
        var candidates = Bind(root, display, diagnostics);
        if (diagnostics.Count > 0) return new LoadResult<CandidateSet>(null, diagnostics.Items);
        var applicable = new List<Candidate>();
        var problems = new List<CandidateProblem>();
        foreach (var candidate in candidates)
        {
            var found = ScenarioLoader.Load(scenarioPath, [candidate.Changes]).Diagnostics;
            if (found.Count == 0) applicable.Add(candidate);
            else if (found.All(IsMisfit)) problems.Add(new CandidateProblem(candidate, found[0].Message));
            else diagnostics.AddRange(found.Where(d => !IsMisfit(d)));
        }

        return new LoadResult<CandidateSet>(diagnostics.Count == 0 ? new CandidateSet(applicable, problems) : null, diagnostics.Items);
    }

    /// <summary>
    /// A problem of the candidate against this scenario's world (an id it already has, or one it lacks), as opposed
    /// to a mistake in the file (a misspelt key, a bad value), which stays an error.
    /// </summary>
    private static bool IsMisfit(Diagnostic d) =>
        d.Message.StartsWith("duplicate ", StringComparison.Ordinal)
        || MisfitKinds.Any(kind => d.Message.StartsWith($"unknown {kind} '", StringComparison.Ordinal));

    private static readonly string[] MisfitKinds = ["agency", "channel", "country", "country or region", "agreement", "region", "subject", "alert"];

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
