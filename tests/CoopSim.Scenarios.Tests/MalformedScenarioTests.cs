using CoopSim.Scenarios;
using CoopSim.Tests.Shared;

namespace CoopSim.Scenarios.Tests;

public sealed class MalformedScenarioTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("coopsim-bad-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private string Write(string name, string yaml)
    {
        var path = Path.Combine(_dir, name);
        File.WriteAllText(path, yaml.Replace("{SEEDS}", RepoPaths.Seeds));
        return path;
    }

    private const string Good = """
        name: good
        world: {SEEDS}
        start: 2025-04-18T10:00:00+09:00
        alerts:
          - id: A
            kind: wanted-person
            origin: kr.knpa
            scope: [VN]
        """;

    [Fact]
    public void Load_WellFormedScenario_HasNoDiagnostics()
    {
        var result = ScenarioLoader.Load(Write("good.yaml", Good));
        Assert.Empty(result.Diagnostics);
        Assert.NotNull(result.Value);
    }

    [Fact]
    public void Load_YamlSyntaxError_ReportsItsLineAndColumn()
    {
        var path = Write("syntax.yaml", Good + "\n  - id: [unclosed\n");
        var d = Assert.Single(ScenarioLoader.Load(path).Diagnostics);
        Assert.Contains("YAML syntax", d.Message);
        Assert.Equal(10, d.Location.Line);
        Assert.Matches(@"syntax\.yaml\(10,\d+\): error: YAML syntax", d.ToString());
    }

    [Fact]
    public void Load_UnknownAgency_PointsAtTheReferenceWithSuggestion()
    {
        var result = ScenarioLoader.Load(Write("agency.yaml", Good.Replace("origin: kr.knpa", "origin: kr.knpb")));
        var d = Assert.Single(result.Diagnostics);
        Assert.Equal((7, 13), (d.Location.Line, d.Location.Column));
        Assert.Equal("unknown agency 'kr.knpb'; did you mean 'kr.knpa'?", d.Message);
    }

    [Fact]
    public void Load_MisspeltKey_IsReportedWithSuggestion()
    {
        var result = ScenarioLoader.Load(Write("key.yaml", Good.Replace("    scope: [VN]", "    scope: [VN]\n    prority: urgent")));
        var d = Assert.Single(result.Diagnostics);
        Assert.Equal((9, 5), (d.Location.Line, d.Location.Column));
        Assert.Contains("unknown key 'prority' in an alert; did you mean 'priority'?", d.Message);
    }

    [Fact]
    public void Load_NegativeLatency_IsRejected()
    {
        var yaml = Good + """

            changes:
              alter-channels:
                - id: kr-vn-desk
                  latency: -2h
            """;
        var d = Assert.Single(ScenarioLoader.Load(Write("latency.yaml", yaml)).Diagnostics);
        Assert.Equal((12, 16), (d.Location.Line, d.Location.Column));
        Assert.Contains("minimum above zero", d.Message);
    }

    [Fact]
    public void Load_SeveralProblems_ReportsEveryOne()
    {
        var yaml = Good.Replace("origin: kr.knpa", "origin: nobody").Replace("kind: wanted-person", "kind: wanted") + """

            outages:
              - {channel: kr-vn-desk, from: 5h, until: 2h}
            run: {replications: 0}
            """;
        var diagnostics = ScenarioLoader.Load(Write("many.yaml", yaml)).Diagnostics;
        Assert.Equal(4, diagnostics.Count);
        Assert.All(diagnostics, d => Assert.Matches(@"many\.yaml\(\d+,\d+\): error: ", d.ToString()));
    }

    [Theory]
    [InlineData("loss: 1.5", "probability")]
    [InlineData("latency: {uniform: [8h, 1h]}", "above its maximum")]
    [InlineData("latency: {lognormal: {median: 5h, p90: 1h, min: 1m}}", "median < p90")]
    [InlineData("latency: 0s", "minimum above zero")]
    [InlineData("latency: soon", "not a duration")]
    public void Load_BadChannelValue_IsRejected(string line, string expected)
    {
        var yaml = Good + $"""

            changes:
              alter-channels:
                - id: kr-vn-desk
                  {line}
            """;
        var d = Assert.Single(ScenarioLoader.Load(Write("value.yaml", yaml)).Diagnostics);
        Assert.Contains(expected, d.Message);
    }

    [Fact]
    public void Load_DuplicateAlertIds_AreReported()
    {
        var yaml = Good + "\n  - {id: A, kind: entry-block, origin: uz.mia}\n";
        var d = Assert.Single(ScenarioLoader.Load(Write("dup.yaml", yaml)).Diagnostics);
        Assert.Contains("duplicate alert id 'A'", d.Message);
    }
}
