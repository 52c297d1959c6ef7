namespace CoopSim.Scenarios.Tests;

/// <summary>Issue 11, item 8: an empty mapping, values with line breaks.</summary>
public sealed class MinorInputTests : IDisposable
{
    private readonly ScenarioFiles _files = new();

    public void Dispose() => _files.Dispose();

    [Fact]
    public void Validate_EmptyMapping_IsAScenarioMissingItsKeysAsRunSays()
    {
        var path = _files.Write("empty.yaml", "{}\n");
        var outcome = InputValidator.Validate(path);
        var loaded = ScenarioLoader.Load(path);
        Assert.Equal("scenario", outcome.What);
        Assert.NotEmpty(outcome.Diagnostics);
        Assert.Equal(loaded.Diagnostics.Select(d => d.ToString()), outcome.Diagnostics.Select(d => d.ToString()));
    }

    [Fact]
    public void Load_ValueWithLineBreaks_IsReportedOnOneLine()
    {
        var yaml = ScenarioFiles.Good.Replace("origin: kr.knpa", "origin: \"kr.knpa\\nsecond line\\u2028third\"");
        var result = ScenarioLoader.Load(_files.Write("newline.yaml", yaml));
        var d = Assert.Single(result.Diagnostics);
        Assert.Equal(@"unknown agency 'kr.knpa\nsecond line\u2028third'", d.ToString()[(d.ToString().IndexOf("error: ", StringComparison.Ordinal) + 7)..]);
        ScenarioFiles.AssertOneLineEach(result.Diagnostics);
    }

    [Fact]
    public void Load_HugeUnknownId_IsCutInTheMessage()
    {
        var yaml = ScenarioFiles.Good.Replace("origin: kr.knpa", "origin: " + new string('k', 500_000));
        var result = ScenarioLoader.Load(_files.Write("huge-id.yaml", yaml));
        var text = Assert.Single(result.Diagnostics).ToString();
        Assert.True(text.Length < 1000, $"{text.Length} characters");
        Assert.EndsWith("…", text);
    }
}
