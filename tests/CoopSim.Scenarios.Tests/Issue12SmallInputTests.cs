namespace CoopSim.Scenarios.Tests;

/// <summary>Issue 12, item 9: a tab, a missing world, a country written by name.</summary>
public sealed class Issue12SmallInputTests : IDisposable
{
    private readonly ScenarioFiles _files = new();

    public void Dispose() => _files.Dispose();

    [Fact]
    public void Load_TabIndentation_IsReportedOnTheLineWithTheTab()
    {
        // Line 7 (origin:) is indented with a tab instead of spaces.
        var yaml = ScenarioFiles.Good.Replace("    origin: kr.knpa", "\torigin: kr.knpa");
        var result = ScenarioLoader.Load(_files.Write("tab.yaml", yaml));
        var d = Assert.Single(result.Diagnostics);
        Assert.True(7 == d.Location.Line && 1 == d.Location.Column, d.ToString());
    }

    [Fact]
    public void Load_ScopeWrittenAsCountryName_SuggestsTheCode()
    {
        var yaml = ScenarioFiles.Good.Replace("scope: [VN]", "scope: [Vietnam]");
        var result = ScenarioLoader.Load(_files.Write("vietnam.yaml", yaml));
        var d = Assert.Single(result.Diagnostics);
        Assert.EndsWith("unknown country or region 'Vietnam'; did you mean 'VN'?", d.ToString());
        Assert.Equal(8, d.Location.Line);
    }

    [Fact]
    public void Load_MissingWorld_IsReportedAtTheWorldKey()
    {
        var yaml = ScenarioFiles.Good.Replace("world: {SEEDS}", "world: no-such-world");
        var path = _files.Write("missing-world.yaml", yaml);
        var result = ScenarioLoader.Load(path);
        var d = Assert.Single(result.Diagnostics);
        Assert.Equal((2, 8), (d.Location.Line, d.Location.Column));
        Assert.Contains("no such world file or folder: 'no-such-world'", d.Message);
        Assert.StartsWith(WorldLoader.DisplayPath(path) + "(2,8): error: ", d.ToString());
    }
}
