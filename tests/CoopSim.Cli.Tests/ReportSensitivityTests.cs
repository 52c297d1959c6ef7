namespace CoopSim.Cli.Tests;

/// <summary><c>report --sensitivity</c>: the "What the answer depends on" section with its tornado chart, offline.</summary>
public sealed class ReportSensitivityTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("coopsim-report-sensitivity-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public async Task Report_WithSensitivity_HasTheSectionATornadoWithBarsAndNoScript()
    {
        var path = Path.Combine(_dir, "r.html");

        var result = await CliHarness.RunAsync("report", "scenarios/uz-entry-block.yaml", "--runs", "50", "--sensitivity", "--engine", "inproc", "--out", path);

        Assert.Equal(0, result.ExitCode);
        var html = File.ReadAllText(path);
        var section = html[html.IndexOf("<h2>What the answer depends on</h2>", StringComparison.Ordinal)..];
        Assert.Contains("The answer depends most on channels.kr-uz-mou.latency.median", section);
        var tornado = section[section.IndexOf("<title>tornado</title>", StringComparison.Ordinal)..section.IndexOf("</svg>", StringComparison.Ordinal)];
        Assert.True(System.Text.RegularExpressions.Regex.Matches(tornado, "class=\"point\"").Count >= 6, "a bar per end of each Sobol input");
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("http://", html.Replace("http://www.w3.org/2000/svg", "", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Report_WithSensitivityButNoUncertainInputs_OneLineErrorExit2_NoFile()
    {
        var path = Path.Combine(_dir, "r.html");

        var result = await CliHarness.RunAsync("report", "scenarios/korea-desk-wanted-interpol-only.yaml", "--sensitivity", "--engine", "inproc", "--out", path);

        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith("coopsim: error: ", result.Error);
        Assert.False(File.Exists(path));
    }
}
