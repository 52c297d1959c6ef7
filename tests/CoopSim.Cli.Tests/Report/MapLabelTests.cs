using System.Text.Json;
using Microsoft.Playwright;

namespace CoopSim.Cli.Tests.Report;

/// <summary>
/// The report's route maps measured in Chromium: no two country labels overlap and none is clipped by the chart
/// (United States sat under France, Uzbekistan, Kyrgyzstan and Tajikistan overlapped, "Republic of Korea" was cut).
/// </summary>
public sealed class MapLabelTests
{
    private const string Measure = """
        () => JSON.stringify([...document.querySelectorAll('svg.chart')].filter(s => s.querySelector('text.country-label')).map(s => {
          const vb = s.viewBox.baseVal;
          const boxes = [...s.querySelectorAll('text.country-label')].map(t => { const b = t.getBBox(); return { x0: b.x, y0: b.y, x1: b.x + b.width, y1: b.y + b.height, name: t.textContent }; });
          const overlaps = [], clipped = [];
          for (let i = 0; i < boxes.length; i++) {
            const a = boxes[i];
            if (a.x0 < 0 || a.y0 < 0 || a.x1 > vb.width || a.y1 > vb.height) clipped.push(a.name);
            for (let j = i + 1; j < boxes.length; j++) {
              const b = boxes[j];
              if (a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1) overlaps.push(a.name + ' / ' + b.name);
            }
          }
          return { labels: boxes.length, overlaps, clipped };
        }))
        """;

    [Fact]
    public async Task Report_RouteMaps_NoCountryLabelOverlapsAnotherOrIsClipped()
    {
        var path = Path.Combine(Path.GetTempPath(), $"coopsim-labels-{Guid.NewGuid():N}.html");
        try
        {
            var result = await CliHarness.RunAsync("report", "scenarios/korea-desk-wanted.yaml", "scenarios/korea-desk-wanted-interpol-only.yaml",
                "--runs", "50", "--out", path, "--engine", "inproc");
            Assert.True(result.ExitCode == 0, result.Error);

            using var playwright = await Playwright.CreateAsync();
            await using var browser = await playwright.Chromium.LaunchAsync(new()
            {
                ExecutablePath = Environment.GetEnvironmentVariable("COOPSIM_CHROMIUM") ?? "/usr/bin/chromium",
                Headless = true,
                Args = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--no-first-run"],
            });
            var page = await browser.NewPageAsync(new() { ViewportSize = new() { Width = 1280, Height = 720 } });
            await page.GotoAsync(new Uri(path).AbsoluteUri);

            using var maps = JsonDocument.Parse(await page.EvaluateAsync<string>(Measure));
            Assert.Equal(2, maps.RootElement.GetArrayLength());
            foreach (var map in maps.RootElement.EnumerateArray())
            {
                Assert.True(map.GetProperty("labels").GetInt32() >= 10);
                Assert.Equal("[]", map.GetProperty("overlaps").GetRawText());
                Assert.Equal("[]", map.GetProperty("clipped").GetRawText());
            }
        }
        finally
        {
            File.Delete(path);
        }
    }
}
