namespace CoopSim.Scenarios.Tests;

/// <summary>Typos that crashed the YAML reader or the "did you mean" search (issue 11, item 3).</summary>
public sealed class ParserCrashTests : IDisposable
{
    private readonly ScenarioFiles _files = new();

    public void Dispose() => _files.Dispose();

    [Theory]
    [InlineData("a:\n  x: [a\n  y: 1\n")]
    [InlineData("name: x\nalerts:\n  - id: A\n    scope: [VN\n    kind: wanted-person\n")]
    [InlineData("a: {b: x\u2028y}\n")]
    public void Load_ScannerFailureOnMalformedFlow_IsOneYamlSyntaxDiagnostic(string yaml)
    {
        var result = ScenarioLoader.Load(_files.Write("flow.yaml", yaml));
        var d = Assert.Single(result.Diagnostics);
        Assert.StartsWith("YAML syntax", d.Message);
        Assert.True(d.Location.Line >= 1);
        ScenarioFiles.AssertOneLineEach(result.Diagnostics);
    }

    [Fact]
    public void Validate_MalformedFileFirst_StillChecksTheFilesAfterIt()
    {
        var broken = InputValidator.Validate(_files.Write("broken.yaml", "a:\n  x: [a\n  y: 1\n"));
        var good = InputValidator.Validate(_files.Write("good.yaml", ScenarioFiles.Good));
        Assert.Single(broken.Diagnostics);
        Assert.Empty(good.Diagnostics);
    }

    [Theory]
    [InlineData("add-channels: [{id: x, from: , to: kr.knpa, kind: bilateral-desk, latency: 1h, source: t}]", "'from' needs a value")]
    [InlineData("add-channels: [{id: x, from: kr.knpa, to: '', kind: bilateral-desk, latency: 1h, source: t}]", "'to' needs a value")]
    [InlineData("add-agencies: [{id: x.y, name: X, country: \"\", kind: national-police, source: t}]", "'country' needs a value")]
    [InlineData("add-channels: [{id: x, from: kr.knpa, to: vn.mps, kind: bilateral-desk, latency: 1h, source: t, agreement: ''}]", "unknown agreement ''")]
    public void Load_EmptyReferenceInChanges_IsADiagnosticNotACrash(string change, string expected)
    {
        var yaml = ScenarioFiles.Good + "\nchanges:\n  " + change + "\n";
        var result = ScenarioLoader.Load(_files.Write("empty-ref.yaml", yaml));
        Assert.Null(result.Value);
        Assert.NotEmpty(result.Diagnostics);
        ScenarioFiles.AssertOneLineEach(result.Diagnostics);
        Assert.Contains(result.Diagnostics, d => d.Message.Contains(expected, StringComparison.Ordinal));
    }
}
