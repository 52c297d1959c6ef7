using System.Text.RegularExpressions;

namespace CoopSim.Cli.Tests.Report;

/// <summary>A report with a what-if shows the routes and where the time went for both sides, each labelled (only the base was drawn, unlabelled).</summary>
public sealed class ReportWhatIfTests
{
    [Fact]
    public async Task Report_WithWhatIf_DrawsRoutesAndDelaysForBaseAndWhatIfLabelled()
    {
        var path = Path.Combine(Path.GetTempPath(), $"coopsim-whatif-{Guid.NewGuid():N}.html");
        try
        {
            var result = await CliHarness.RunAsync("report", "scenarios/korea-desk-wanted.yaml", "scenarios/korea-desk-wanted-interpol-only.yaml",
                "--runs", "100", "--out", path, "--engine", "inproc");
            Assert.True(result.ExitCode == 0, result.Error);
            var html = await File.ReadAllTextAsync(path);

            var captions = Regex.Matches(html, "<figcaption><b>([^<]*)\\.</b>").Select(m => m.Groups[1].Value).ToArray();
            Assert.Contains("The usual first routes, base", captions);
            Assert.Contains("The usual first routes, what-if", captions);
            Assert.Contains("Where the time went, base", captions);
            Assert.Contains("Where the time went, what-if", captions);

            // The what-if removes the Korea Desk, so its map draws other routes than the base's.
            Assert.NotEqual(Section(html, "The usual first routes, base"), Section(html, "The usual first routes, what-if"));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public async Task Report_WithoutWhatIf_KeepsOneUnlabelledRoutesMap()
    {
        var path = Path.Combine(Path.GetTempPath(), $"coopsim-single-{Guid.NewGuid():N}.html");
        try
        {
            var result = await CliHarness.RunAsync("report", "scenarios/korea-desk-wanted.yaml", "--runs", "50", "--out", path, "--engine", "inproc");
            Assert.True(result.ExitCode == 0, result.Error);
            var html = await File.ReadAllTextAsync(path);
            Assert.Single(Regex.Matches(html, "<b>The usual first routes\\.</b>"));
        }
        finally
        {
            File.Delete(path);
        }
    }

    private static string Section(string html, string caption)
    {
        var start = html.IndexOf(caption, StringComparison.Ordinal);
        var end = html.IndexOf("</figure>", start, StringComparison.Ordinal);
        return html[start..end].Replace(caption, "");
    }
}
