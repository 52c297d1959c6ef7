using CoopSim.Tests.Shared;

namespace CoopSim.Scenarios.Tests;

/// <summary>A temporary folder for hand-written scenario and world files, deleted with the test class.</summary>
public sealed class ScenarioFiles : IDisposable
{
    public const string Good = """
        name: good
        world: {SEEDS}
        start: 2025-04-18T10:00:00+09:00
        alerts:
          - id: A
            kind: wanted-person
            origin: kr.knpa
            scope: [VN]
        """;

    public string Folder { get; } = Directory.CreateTempSubdirectory("coopsim-hostile-").FullName;

    public void Dispose() => Directory.Delete(Folder, recursive: true);

    public string Write(string name, string yaml)
    {
        var path = Path.Combine(Folder, name);
        File.WriteAllText(path, yaml.Replace("{SEEDS}", RepoPaths.Seeds));
        return path;
    }

    /// <summary>The <see cref="Good"/> scenario followed by <paramref name="tail"/> (its first line is line 9), as s.yaml.</summary>
    public string WriteGoodWith(string tail) => Write("s.yaml", Good + "\n" + tail);

    /// <summary>Every diagnostic as printed: one <c>file(line,col): error:</c> line each.</summary>
    public static void AssertOneLineEach(IEnumerable<Diagnostic> diagnostics)
    {
        foreach (var d in diagnostics)
        {
            var text = d.ToString();
            Assert.DoesNotContain('\n', text);
            Assert.DoesNotContain('\r', text);
            Assert.Matches(@"^.+(\(\d+,\d+\))?: error: \S", text);
        }
    }
}
