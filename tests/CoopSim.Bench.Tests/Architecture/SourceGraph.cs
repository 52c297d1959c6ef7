using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace CoopSim.Bench.Tests.Architecture;

/// <summary>
/// The repository's dependency graphs read from its files: project references from each src project's .csproj, and
/// namespace references inside a project from each file's <c>using</c> directives and fully qualified names.
/// </summary>
internal static partial class SourceGraph
{
    public static string Src => Path.Combine(RepoPaths.Root, "src");

    public static IEnumerable<string> Projects() =>
        Directory.GetDirectories(Src).Select(Path.GetFileName).Where(p => p!.StartsWith("CoopSim.", StringComparison.Ordinal)).Order()!;

    public static IReadOnlyList<string> ProjectReferences(string project) =>
        XDocument.Load(Path.Combine(Src, project, project + ".csproj")).Descendants("ProjectReference")
            .Select(r => Path.GetFileNameWithoutExtension(r.Attribute("Include")!.Value)).Order().ToArray();

    /// <summary>Namespace → the other namespaces of the same project its files name.</summary>
    public static Dictionary<string, HashSet<string>> NamespaceEdges(string project)
    {
        var edges = new Dictionary<string, HashSet<string>>();
        foreach (var file in SourceFiles(project))
        {
            var text = File.ReadAllText(file);
            var ns = NamespaceLine().Match(text);
            if (!ns.Success) continue;
            var from = ns.Groups[1].Value;
            if (!edges.TryGetValue(from, out var to)) edges[from] = to = [];
            var code = LineComment().Replace(text, "");
            var named = UsingLine().Matches(code).Select(m => m.Groups[1].Value)
                .Concat(QualifiedName().Matches(code).Select(m => m.Groups[1].Value));
            foreach (var other in named)
                if (other != from && other.StartsWith(project + ".", StringComparison.Ordinal) && !from.StartsWith(other + ".", StringComparison.Ordinal))
                    to.Add(other);
        }

        return edges;
    }

    /// <summary>The cycles of a graph, each as its strongly connected set of nodes (Tarjan's algorithm).</summary>
    public static List<string[]> Cycles(Dictionary<string, HashSet<string>> edges)
    {
        var index = new Dictionary<string, int>();
        var low = new Dictionary<string, int>();
        var stack = new Stack<string>();
        var onStack = new HashSet<string>();
        var cycles = new List<string[]>();
        var next = 0;

        void Visit(string v)
        {
            index[v] = low[v] = next++;
            stack.Push(v);
            onStack.Add(v);
            foreach (var w in edges.GetValueOrDefault(v) ?? [])
            {
                if (!index.ContainsKey(w)) { Visit(w); low[v] = Math.Min(low[v], low[w]); }
                else if (onStack.Contains(w)) low[v] = Math.Min(low[v], index[w]);
            }

            if (low[v] != index[v]) return;
            var component = new List<string>();
            string x;
            do { x = stack.Pop(); onStack.Remove(x); component.Add(x); } while (x != v);
            if (component.Count > 1) cycles.Add(component.Order().ToArray());
        }

        foreach (var v in edges.Keys.Order()) if (!index.ContainsKey(v)) Visit(v);
        return cycles;
    }

    /// <summary>Each namespace cycle inside <paramref name="project"/>, as "A ↔ B ↔ …".</summary>
    public static IEnumerable<string> NamespaceCyclesOf(string project) =>
        Cycles(NamespaceEdges(project)).Select(c => string.Join(" ↔ ", c));

    /// <summary>
    /// Test files named for one source type (<c>XTests.cs</c> for a single <c>X.cs</c> under src) that are not in
    /// <c>tests/P.Tests/F</c> for <c>src/P/F/X.cs</c>, each as "file → folder".
    /// </summary>
    public static IEnumerable<string> MisplacedTestFiles()
    {
        var sources = Projects().SelectMany(SourceFiles).GroupBy(Path.GetFileNameWithoutExtension)
            .Where(g => g.Count() == 1).ToDictionary(g => g.Key!, g => Path.GetDirectoryName(Path.GetRelativePath(Src, g.Single()))!);
        var tests = Path.Combine(RepoPaths.Root, "tests");
        foreach (var file in Directory.EnumerateFiles(tests, "*Tests.cs", SearchOption.AllDirectories))
        {
            if (file.Contains("/bin/", StringComparison.Ordinal) || file.Contains("/obj/", StringComparison.Ordinal)) continue;
            var type = Path.GetFileNameWithoutExtension(file)[..^"Tests".Length];
            if (!sources.TryGetValue(type, out var folder)) continue;
            var parts = folder.Split(Path.DirectorySeparatorChar, 2);
            var want = Path.Combine(tests, parts[0] + ".Tests", parts.Length > 1 ? parts[1] : "");
            if (Path.GetFullPath(Path.GetDirectoryName(file)!) != Path.GetFullPath(want).TrimEnd(Path.DirectorySeparatorChar))
                yield return $"{Path.GetRelativePath(tests, file)} → {Path.GetRelativePath(tests, want)}";
        }
    }

    private static IEnumerable<string> SourceFiles(string project) =>
        Directory.EnumerateFiles(Path.Combine(Src, project), "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains("/bin/", StringComparison.Ordinal) && !f.Contains("/obj/", StringComparison.Ordinal));

    [GeneratedRegex(@"^namespace ([\w.]+);", RegexOptions.Multiline)]
    private static partial Regex NamespaceLine();

    [GeneratedRegex(@"^using ([\w.]+);", RegexOptions.Multiline)]
    private static partial Regex UsingLine();

    [GeneratedRegex(@"\b(CoopSim(?:\.[A-Z]\w*)+)\.[A-Z]\w*\b")]
    private static partial Regex QualifiedName();

    [GeneratedRegex(@"//.*")]
    private static partial Regex LineComment();
}
