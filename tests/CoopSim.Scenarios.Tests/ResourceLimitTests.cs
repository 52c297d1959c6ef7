using System.Text;
using CoopSim.Files;
using CoopSim.Scenarios.Yaml;

namespace CoopSim.Scenarios.Tests;

/// <summary>Small inputs that exhausted time, memory or the stack (issue 11, item 4).</summary>
public sealed class ResourceLimitTests : IDisposable
{
    private readonly ScenarioFiles _files = new();

    public void Dispose() => _files.Dispose();

    private const string Bomb = """
        a: &a [x, x, x, x, x, x, x, x, x, x]
        b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]
        c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]
        d: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c, *c]
        e: &e [*d, *d, *d, *d, *d, *d, *d, *d, *d, *d]
        f: &f [*e, *e, *e, *e, *e, *e, *e, *e, *e, *e]
        g: &g [*f, *f, *f, *f, *f, *f, *f, *f, *f, *f]
        """;

    [Fact]
    public void Load_AliasBombUsedAsKey_IsRefusedAtItsPlace()
    {
        var result = ScenarioLoader.Load(_files.Write("bomb.yaml", Bomb + "\n? *g\n: 1\n"));
        var d = Assert.Single(result.Diagnostics);
        Assert.Contains("aliases expand to more than", d.Message);
        Assert.Equal(6, d.Location.Line);
    }

    [Fact]
    public void Load_SmallCollectionAsKey_IsRefused()
    {
        var result = ScenarioLoader.Load(_files.Write("key.yaml", "? [a, b]\n: 1\n"));
        Assert.Contains("a key must be a plain name", Assert.Single(result.Diagnostics).Message);
    }

    [Fact]
    public void Load_TwentyThousandNestedMappings_IsRefusedWithoutOverflowingTheStack()
    {
        var yaml = "a: " + string.Concat(Enumerable.Repeat("{a: ", 20_000));
        var result = ScenarioLoader.Load(_files.Write("deep.yaml", yaml));
        var d = Assert.Single(result.Diagnostics);
        Assert.Equal($"nesting is deeper than {YamlGuard.MaxDepth} levels", d.Message);
        Assert.Equal(1, d.Location.Line);
    }

    [Fact]
    public void Load_WorldIsACharacterDevice_SaysOnlyRegularFilesAreRead()
    {
        var result = ScenarioLoader.Load(_files.Write("zero.yaml", ScenarioFiles.Good.Replace("{SEEDS}", "/dev/zero")));
        Assert.Contains(result.Diagnostics, d => d.Location.File == "/dev/zero" && d.Message.Contains("not a regular file (a character device)", StringComparison.Ordinal));
    }

    [Fact]
    public void Load_WorldIsTheRootFolder_IsRefusedWithoutReadingTheDisk()
    {
        var result = ScenarioLoader.Load(_files.Write("root.yaml", ScenarioFiles.Good.Replace("{SEEDS}", "/")));
        Assert.Contains(result.Diagnostics, d => d.Message.Contains($"more than {WorldLoader.MaxFolderEntries:N0} files and folders", StringComparison.Ordinal));
    }

    [Fact]
    public void Load_FileOverTheSizeCap_SaysTheCap()
    {
        var path = Path.Combine(_files.Folder, "big.yaml");
        var padding = new StringBuilder("name: big\n");
        while (padding.Length <= BoundedFileReader.ScenarioCapBytes) padding.Append("# ").Append('x', 1000).Append('\n');
        File.WriteAllText(path, padding.ToString());
        var d = Assert.Single(ScenarioLoader.Load(path).Diagnostics);
        Assert.Equal("the file is larger than the 1 MiB allowed", d.Message);
    }

    [Fact]
    public void Closest_WordLongerThanTheCap_IsNotCompared()
    {
        // One character apart, so a suggestion but for the cap.
        var candidate = new string('a', Suggest.MaxWordLength);
        Assert.Null(Suggest.Closest(candidate + "b", [candidate]));
        Assert.Equal("kr.knpa", Suggest.Closest("kr.knpb", ["kr.knpa"]));
    }

    [Fact]
    public void Closest_NullOrEmptyWord_HasNoSuggestion()
    {
        Assert.Null(Suggest.Closest(null, ["a"]));
        Assert.Null(Suggest.Closest("", ["a", null]));
    }
}
