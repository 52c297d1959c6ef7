using System.Text.Json;
using Microsoft.Playwright;

namespace CoopSim.Workshop.Tests;

/// <summary>The workshop map at a projector's 1280×720: country outlines, short agency names, no label on top of another.</summary>
public sealed class WorkshopMapTests
{
    private static readonly string[] ChromiumArgs =
    [
        "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--no-first-run", "--disable-quic",
    ];

    private sealed record Box(string Text, double X, double Y, double Width, double Height);

    [Fact]
    public async Task Map_At1280x720_DrawsOutlinesShortNamesAndNoOverlappingLabels()
    {
        var timeline = WorkshopFixtures.Timeline();
        await using var server = await WorkshopServer.StartAsync(timeline, new WorkshopOptions("127.0.0.1", 0, Token: "t"));
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new() { ExecutablePath = ChromiumPath(), Headless = true, Args = ChromiumArgs });
        var page = await browser.NewPageAsync(new() { ViewportSize = new() { Width = 1280, Height = 720 } });
        var requests = new List<string>();
        page.Request += (_, r) => requests.Add(r.Url);
        await page.GotoAsync(server.Url.ToString());

        var agencies = timeline.World.Agencies.Count;
        await page.WaitForFunctionAsync($"() => document.querySelectorAll('.agency-label').length === {agencies}", null, new() { Timeout = 20_000 });
        Assert.True(await page.Locator("path.outline").CountAsync() > 20, "country outlines are drawn");

        // Short names, not ids.
        var labels = await page.Locator(".agency-label").AllTextContentsAsync();
        Assert.Contains("MPS Korea Desk", labels);
        Assert.DoesNotContain(labels, l => l.Contains('.', StringComparison.Ordinal) && timeline.World.Agencies.Any(a => a.Id == l));

        var json = await page.EvaluateAsync<JsonElement>(
            "() => [...document.querySelectorAll('.agency-label, .country-label')].map(e => { const r = e.getBoundingClientRect(); return { text: e.textContent, x: r.x, y: r.y, width: r.width, height: r.height }; })");
        var boxes = json.EnumerateArray().Select(e => new Box(e.GetProperty("text").GetString()!, e.GetProperty("x").GetDouble(), e.GetProperty("y").GetDouble(),
            e.GetProperty("width").GetDouble(), e.GetProperty("height").GetDouble())).ToArray();
        Assert.Equal(agencies + timeline.World.Countries.Count, boxes.Length);
        var overlaps = new List<string>();
        for (var i = 0; i < boxes.Length; i++)
        for (var j = i + 1; j < boxes.Length; j++)
        {
            var (a, b) = (boxes[i], boxes[j]);
            if (a.X < b.X + b.Width - 0.5 && b.X < a.X + a.Width - 0.5 && a.Y < b.Y + b.Height - 0.5 && b.Y < a.Y + a.Height - 0.5) overlaps.Add($"{a.Text} / {b.Text}");
        }

        Assert.True(overlaps.Count == 0, "overlapping labels: " + string.Join(", ", overlaps));
        Assert.All(boxes, b => Assert.True(b.X >= 0 && b.Y >= 0 && b.X + b.Width <= 1280 && b.Y + b.Height <= 720, $"{b.Text} is off screen"));
        Assert.All(requests, url => Assert.StartsWith(server.Url.GetLeftPart(UriPartial.Authority), url, StringComparison.Ordinal));

        var shot = Environment.GetEnvironmentVariable("COOPSIM_MAP_SCREENSHOT") ?? Path.Combine(AppContext.BaseDirectory, "workshop-map.png");
        await page.ScreenshotAsync(new() { Path = shot });
        Assert.True(new FileInfo(shot).Length > 10_000);
    }

    private static string ChromiumPath()
    {
        var path = Environment.GetEnvironmentVariable("COOPSIM_CHROMIUM") ?? "/usr/bin/chromium";
        Assert.True(File.Exists(path), $"{path} is missing: apt-get install -y chromium (or set COOPSIM_CHROMIUM)");
        return path;
    }
}
