using System.Text.RegularExpressions;

namespace CoopSim.Cli.Tests;

/// <summary>
/// <c>report --uncertainty</c> (and --sensitivity): the answer with input uncertainty, and on the time-to-act curve the
/// question reads both bands, the runs' chance and the wider one with the uncertain inputs; the question's agency first.
/// </summary>
public sealed class ReportUncertaintyTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("coopsim-report-uncertainty-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Theory]
    [InlineData("--uncertainty")]
    [InlineData("--sensitivity")]
    public async Task Report_WithUncertainInputs_DrawsBothBandsOnTheAnswersCurve(string option)
    {
        var path = Path.Combine(_dir, "r.html");

        var result = await CliHarness.RunAsync("report", "scenarios/korea-desk-wanted.yaml", "--runs", "40", "--points", "8", option, "--engine", "inproc", "--out", path);

        Assert.True(result.ExitCode == 0, result.Error);
        var html = File.ReadAllText(path);
        Assert.Matches("<b>With input uncertainty.</b> [0-9.]+% on average over 8 settings of [0-9]+ uncertain inputs", html);
        var chart = Chart(html, "time to act, W-1");
        Assert.Single(Regex.Matches(chart, "<path[^>]*class=\"band-inputs\""));
        Assert.True(Regex.Matches(chart, "<path[^>]*class=\"band\"").Count >= 2, "a runs'-chance band per curve");
        Assert.Contains("band: the runs", chart);
        Assert.Contains("wider: + uncertain inputs", chart);

        // The question names MPS Viet Nam: its curve is the first, and the wider band is drawn just before its own band.
        var keys = Regex.Matches(chart, "class=\"key-label\"[^>]*>([^<]*)<").Select(m => m.Groups[1].Value).ToArray();
        Assert.StartsWith("MPS Viet Nam", keys[0]);
        Assert.True(chart.IndexOf("band-inputs", StringComparison.Ordinal) < chart.IndexOf("class=\"band\"", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Report_WithoutUncertainty_HasOneBandPerCurveOnly()
    {
        var path = Path.Combine(_dir, "r.html");

        var result = await CliHarness.RunAsync("report", "scenarios/korea-desk-wanted.yaml", "--runs", "40", "--engine", "inproc", "--out", path);

        Assert.True(result.ExitCode == 0, result.Error);
        var html = File.ReadAllText(path);
        Assert.DoesNotContain("class=\"band-inputs\"", html);
        Assert.DoesNotContain("With input uncertainty.", html);
    }

    [Fact]
    public async Task Report_UncertaintyWithoutUncertainInputs_OneLineErrorExit2_NoFile()
    {
        var path = Path.Combine(_dir, "r.html");

        var result = await CliHarness.RunAsync("report", "scenarios/korea-desk-wanted-interpol-only.yaml", "--uncertainty", "--engine", "inproc", "--out", path);

        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith("coopsim: error: ", result.Error);
        Assert.Single(result.Error.TrimEnd('\n').Split('\n'));
        Assert.False(File.Exists(path));
    }

    private static string Chart(string html, string title)
    {
        var start = html.IndexOf($"<title>{title}</title>", StringComparison.Ordinal);
        Assert.True(start >= 0, $"no chart titled {title}");
        return html[start..html.IndexOf("</svg>", start, StringComparison.Ordinal)];
    }
}
