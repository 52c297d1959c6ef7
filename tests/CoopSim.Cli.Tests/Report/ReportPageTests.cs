using Microsoft.Playwright;

namespace CoopSim.Cli.Tests.Report;

/// <summary><c>coopsim report</c> opened in Debian's Chromium: charts with data, and not one request off the machine.</summary>
public sealed class ReportPageTests
{
    private static readonly string[] ChromiumArgs =
    [
        "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--no-first-run", "--disable-quic",
    ];

    [Fact]
    public async Task Report_BaseAndWhatIf_RendersFourChartsWithDataAndNoRequestLeavesTheMachine()
    {
        var path = Path.Combine(Path.GetTempPath(), $"coopsim-report-{Guid.NewGuid():N}.html");
        try
        {
            var result = await CliHarness.RunAsync("report", "scenarios/korea-desk-wanted.yaml", "scenarios/korea-desk-wanted-interpol-only.yaml",
                "--runs", "200", "--out", path, "--engine", "inproc");
            Assert.Equal(0, result.ExitCode);

            using var playwright = await Playwright.CreateAsync();
            await using var browser = await playwright.Chromium.LaunchAsync(new() { ExecutablePath = ChromiumPath(), Headless = true, Args = ChromiumArgs });
            var page = await browser.NewPageAsync(new() { ViewportSize = new() { Width = 1280, Height = 720 } });
            var requests = new List<string>();
            page.Request += (_, request) => requests.Add(request.Url);
            await page.GotoAsync(new Uri(path).AbsoluteUri);

            var charts = await page.Locator("svg.chart").AllAsync();
            Assert.True(charts.Count >= 4, $"{charts.Count} charts");
            foreach (var chart in charts)
            {
                // Charts inside a closed <details> count too: each must carry marks drawn from the data.
                var points = await chart.Locator(".point").CountAsync();
                Assert.True(points > 0, $"a chart without data: {await chart.Locator("title").First.TextContentAsync()}");
            }

            Assert.Contains("Answer.", await page.GetByTestId("answer").TextContentAsync());
            Assert.All(requests, url => Assert.StartsWith("file://", url, StringComparison.Ordinal));
            Assert.Single(requests);

            var shot = Environment.GetEnvironmentVariable("COOPSIM_REPORT_SCREENSHOT") ?? Path.Combine(AppContext.BaseDirectory, "report.png");
            await page.ScreenshotAsync(new() { Path = shot, FullPage = true });
            Assert.True(new FileInfo(shot).Length > 10_000);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public async Task Report_MissingOut_ExitsTwoAndWritesNothing()
    {
        var result = await CliHarness.RunAsync("report", "scenarios/korea-desk-wanted.yaml");
        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains("--out", result.Error + result.Out);
    }

    /// <summary>Debian's chromium (apt-get install chromium); COOPSIM_CHROMIUM overrides it.</summary>
    private static string ChromiumPath()
    {
        var path = Environment.GetEnvironmentVariable("COOPSIM_CHROMIUM") ?? "/usr/bin/chromium";
        Assert.True(File.Exists(path), $"{path} is missing: apt-get install -y chromium (or set COOPSIM_CHROMIUM)");
        return path;
    }
}
