using System.Net.Http.Json;
using System.Text.Json;
using CoopSim.Model;
using CoopSim.Model.Scenario;
using Microsoft.Playwright;

namespace CoopSim.Workshop.Tests;

/// <summary>
/// The presenter view (serve --present) on a projector's 1280×720, measured in Chromium: the scenario's name and
/// question on screen, a "press Play" state, map labels of at least 20 px with none on another and none clipped or
/// under the legend, the scenario's outage and a live cut drawn, local clocks, and an end slide with the answer.
/// </summary>
public sealed class PresenterViewTests
{
    private const string Token = "trainer-secret";
    private const string Outage = "kr-vn-desk";
    private const string Cut = "vn-police-border";

    /// <summary>For what the page does after an event reaches it: generous, since the machine may be busy; a wait ends as soon as its condition holds.</summary>
    private static readonly LocatorAssertionsToHaveClassOptions ClassWait = new() { Timeout = 30_000 };

    /// <summary>Every map label's size on screen, and which overlap each other or leave the map or hide under the legend.</summary>
    private const string Measure = """
        () => {
          const scale = document.getElementById('map').getScreenCTM().a;
          const map = document.getElementById('mapwrap').getBoundingClientRect(), legend = document.querySelector('.legend').getBoundingClientRect();
          const boxes = [...document.querySelectorAll('#labels text')].map(t => {
            const r = t.getBoundingClientRect();
            return { text: t.textContent, x0: r.left, y0: r.top, x1: r.right, y1: r.bottom, px: parseFloat(getComputedStyle(t).fontSize) * scale };
          });
          const hit = (a, b) => a.x0 < b.x1 - 0.5 && b.x0 < a.x1 - 0.5 && a.y0 < b.y1 - 0.5 && b.y0 < a.y1 - 0.5;
          const under = { x0: legend.left, y0: legend.top, x1: legend.right, y1: legend.bottom };
          const overlaps = [], clipped = [], small = [];
          boxes.forEach((a, i) => {
            if (a.x0 < map.left || a.y0 < map.top || a.x1 > map.right || a.y1 > map.bottom || hit(a, under)) clipped.push(a.text);
            if (a.px < 20) small.push(a.text + ' ' + a.px.toFixed(1) + 'px');
            boxes.slice(i + 1).forEach(b => { if (hit(a, b)) overlaps.push(a.text + ' / ' + b.text); });
          });
          return JSON.stringify({ labels: boxes.map(b => b.text), minPx: Math.min(...boxes.map(b => b.px)), overlaps, clipped, small });
        }
        """;

    [Fact]
    public async Task Present_At1280x720_NamesScenarioAndDrawsLargeLabelsWithoutOverlapOrClipping()
    {
        var timeline = WorkshopFixtures.Timeline(s => s with { Outages = [new ChannelOutage(Outage, Duration.Zero, Duration.FromHours(6), OutageMode.Hold)] });
        await using var server = await WorkshopServer.StartAsync(timeline, new WorkshopOptions("127.0.0.1", 0, Speed: 3600, Token: Token, Present: true));
        using var http = new HttpClient { BaseAddress = server.Url };
        http.DefaultRequestHeaders.Add(WorkshopServer.TokenHeader, Token);
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await Chromium.LaunchAsync(playwright);
        var page = await browser.NewPageAsync(new() { ViewportSize = new() { Width = 1280, Height = 720 } });
        await page.GotoAsync(server.Url.ToString());
        await page.WaitForFunctionAsync("() => document.body.dataset.ready === 'true' && document.body.dataset.relabelPending !== '1'", null, new() { Timeout = 60_000 });

        // Before Play: the scenario's name and question, and what to do, not "0 reached".
        await Assertions.Expect(page.GetByTestId("scenario-name")).ToHaveTextAsync("korea-desk-wanted");
        await Assertions.Expect(page.GetByTestId("scenario-name")).ToBeInViewportAsync();
        await Assertions.Expect(page.GetByTestId("question")).ToContainTextAsync("How fast does KNPA");
        await Assertions.Expect(page.GetByTestId("press-play")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByTestId("reach-agencies")).Not.ToBeVisibleAsync();
        await Assertions.Expect(page.GetByTestId("sim-clock")).Not.ToBeVisibleAsync();
        await Assertions.Expect(page.Locator($"line[data-channel='{Outage}']")).ToHaveClassAsync(new System.Text.RegularExpressions.Regex(@"\bdown\b"), ClassWait);
        AssertLabelsReadable(await page.EvaluateAsync<string>(Measure), "before Play", "MPS Korea Desk", "Viet Nam");

        // A live cut is drawn too; then the room watches a few hops with the local time at each agency.
        using (var cut = await http.PostAsJsonAsync("/api/control/cut", new { channel = Cut })) Assert.True(cut.IsSuccessStatusCode);
        await Assertions.Expect(page.Locator($"line[data-channel='{Cut}']")).ToHaveClassAsync(new System.Text.RegularExpressions.Regex(@"\bcut\b"), ClassWait);
        using (var play = await http.PostAsJsonAsync("/api/control/play", new { })) Assert.True(play.IsSuccessStatusCode);
        await page.WaitForFunctionAsync("() => document.querySelectorAll('[data-testid=narration-item]').length >= 4", null, new() { Timeout = 60_000 });
        using (var pause = await http.PostAsJsonAsync("/api/control/pause", new { })) Assert.True(pause.IsSuccessStatusCode);
        await Assertions.Expect(page.GetByTestId("press-play")).Not.ToBeVisibleAsync(new() { Timeout = 30_000 });
        await Assertions.Expect(page.GetByTestId("reach-agencies")).ToBeVisibleAsync(new() { Timeout = 30_000 });
        Assert.True(await page.GetByTestId("clock").CountAsync() >= 2, "a local clock per agency the alert has touched");
        await page.WaitForFunctionAsync("() => document.body.dataset.relabelPending !== '1'", null, new() { Timeout = 60_000 });
        AssertLabelsReadable(await page.EvaluateAsync<string>(Measure), "while playing");
        await Screenshot(page, "COOPSIM_PRESENT_SCREENSHOT", "workshop-present.png");

        // The end slide: the question, answered for this run.
        using (var speed = await http.PostAsJsonAsync("/api/control/speed", new { speed = PlaybackSession.MaxSpeed })) Assert.True(speed.IsSuccessStatusCode);
        using (var play = await http.PostAsJsonAsync("/api/control/play", new { })) Assert.True(play.IsSuccessStatusCode);
        await Assertions.Expect(page.GetByTestId("end-slide")).ToBeVisibleAsync(new() { Timeout = 60_000 });
        await Assertions.Expect(page.GetByTestId("end-answer")).ToContainTextAsync("In this run Ministry of Public Security of Viet Nam could act", new() { Timeout = 30_000 });
        Assert.True(await page.EvaluateAsync<bool>("() => { const e = document.getElementById('endSlide'); return e.scrollHeight <= e.clientHeight + 1; }"), "the end slide's text fits");
        await Screenshot(page, "COOPSIM_PRESENT_END_SCREENSHOT", "workshop-present-end.png");
    }

    public static TheoryData<string> ShippedScenarios() =>
        new(Directory.GetFiles(CoopSim.Tests.Shared.RepoPaths.Scenarios, "*.yaml").Select(Path.GetFileName).Order(StringComparer.Ordinal)!);

    [Theory]
    [MemberData(nameof(ShippedScenarios))]
    public async Task Present_EveryShippedScenarioAt1280x720_LabelsOfAtLeast20PxWithoutOverlapOrClipping(string file)
    {
        var loaded = Scenarios.ScenarioLoader.Load(Path.Combine(CoopSim.Tests.Shared.RepoPaths.Scenarios, file));
        Assert.True(loaded.Succeeded, string.Join("\n", loaded.Diagnostics));
        var timeline = new SimulatedTimeline(loaded.Value!, loaded.Value!.Run.Seed);
        await using var server = await WorkshopServer.StartAsync(timeline, new WorkshopOptions("127.0.0.1", 0, Token: Token, Present: true));
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await Chromium.LaunchAsync(playwright);
        var page = await browser.NewPageAsync(new() { ViewportSize = new() { Width = 1280, Height = 720 } });
        await page.GotoAsync(server.Url.ToString());
        await page.WaitForFunctionAsync("() => document.body.dataset.ready === 'true' && document.body.dataset.relabelPending !== '1'", null, new() { Timeout = 60_000 });

        await Assertions.Expect(page.GetByTestId("scenario-name")).ToHaveTextAsync(loaded.Value!.Name);
        AssertLabelsReadable(await page.EvaluateAsync<string>(Measure), file);
    }

    private static void AssertLabelsReadable(string json, string when, params string[] expected)
    {
        using var measured = JsonDocument.Parse(json);
        var root = measured.RootElement;
        var labels = root.GetProperty("labels").EnumerateArray().Select(l => l.GetString()!).ToArray();
        Assert.True(labels.Length >= 4, $"{when}: labels {string.Join(", ", labels)}");
        foreach (var label in expected) Assert.Contains(label, labels);
        Assert.True(root.GetProperty("small").GetArrayLength() == 0, $"{when}: labels under 20 px: {root.GetProperty("small")}");
        Assert.True(root.GetProperty("overlaps").GetArrayLength() == 0, $"{when}: overlapping labels: {root.GetProperty("overlaps")}");
        Assert.True(root.GetProperty("clipped").GetArrayLength() == 0, $"{when}: clipped labels: {root.GetProperty("clipped")}");
    }

    private static async Task Screenshot(IPage page, string variable, string name)
    {
        var path = Environment.GetEnvironmentVariable(variable) ?? Path.Combine(AppContext.BaseDirectory, name);
        await page.ScreenshotAsync(new() { Path = path });
        Assert.True(new FileInfo(path).Length > 10_000);
    }
}
