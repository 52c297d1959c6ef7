using System.Net;
using Microsoft.Playwright;

namespace CoopSim.Workshop.Tests;

/// <summary>Drives the workshop page in Debian's headless Chromium, as a trainer would.</summary>
public sealed class PageEndToEndTests
{
    private const string Token = "trainer-secret";

    private static readonly string[] ChromiumArgs =
    [
        "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--no-first-run", "--disable-quic",
    ];

    [Fact]
    public async Task Page_PlayThenCutChannel_NarratesHopsAndReroutes()
    {
        var timeline = WorkshopFixtures.Timeline();
        // Vietnam's police relay to immigration; the NCB also feeds immigration, so the alert must come round that way.
        var first = timeline.Hops.First(h => h.Outcome == "delivered" && h.Channel == "vn-police-border");
        var before = WorkshopFixtures.FirstDeliveries(timeline);
        await using var server = await WorkshopServer.StartAsync(timeline, new WorkshopOptions("127.0.0.1", 0, Speed: 200_000, Token: Token));

        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new() { ExecutablePath = ChromiumPath(), Headless = true, Args = ChromiumArgs });
        var page = await browser.NewPageAsync(new() { ViewportSize = new() { Width = 1600, Height = 900 } });
        await page.GotoAsync(server.Url.ToString());
        await page.GetByTestId("token").FillAsync(Token);

        await page.GetByTestId("play").ClickAsync();
        await Assertions.Expect(page.GetByTestId("narration-item").Filter(new() { HasText = " relays " }).First).ToBeVisibleAsync(new() { Timeout = 20_000 });
        await page.WaitForFunctionAsync("() => Number(document.querySelector('[data-testid=reach-agencies]').textContent) > 1", null, new() { Timeout = 20_000 });
        await page.GetByTestId("pause").ClickAsync();

        await page.GetByTestId("restart").ClickAsync();
        await page.GetByTestId("cut-channel").SelectOptionAsync(first.Channel);
        await page.GetByTestId("cut").ClickAsync();
        await Assertions.Expect(page.Locator($"line[data-channel='{first.Channel}']")).ToHaveClassAsync(new System.Text.RegularExpressions.Regex(@"\bcut\b"));

        // The reroute: an agency the alert reached before is now reached over a different channel.
        var after = WorkshopFixtures.FirstDeliveries(timeline);
        var rerouted = after.Values.First(h => before.TryGetValue(h.To, out var old) && old.Channel != h.Channel);
        Assert.DoesNotContain(timeline.Hops, h => h.Outcome == "delivered" && h.Channel == first.Channel);

        await page.GetByTestId("play").ClickAsync();
        await Assertions.Expect(page.GetByTestId("narration-item").Filter(new() { HasText = $"to {timeline.World.NameOf(rerouted.To)} over {rerouted.Channel}" }).First).ToBeVisibleAsync(new() { Timeout = 20_000 });
        await page.GetByTestId("pause").ClickAsync();

        var shot = Path.Combine(AppContext.BaseDirectory, "workshop.png");
        await page.ScreenshotAsync(new() { Path = shot });
        Assert.True(new FileInfo(shot).Length > 10_000);
    }

    [Theory]
    [InlineData(null, HttpStatusCode.Unauthorized)]
    [InlineData("wrong", HttpStatusCode.Forbidden)]
    public async Task Cut_WithoutTrainerToken_IsRefused(string? token, HttpStatusCode expected)
    {
        var timeline = WorkshopFixtures.Timeline();
        var channel = WorkshopFixtures.FirstChannelUsedLater(timeline).Channel;
        await using var server = await WorkshopServer.StartAsync(timeline, new WorkshopOptions("127.0.0.1", 0, Token: Token));
        using var http = new HttpClient { BaseAddress = server.Url };
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/control/cut") { Content = JsonContent($"{{\"channel\":\"{channel}\"}}") };
        if (token is not null) request.Headers.Add("X-CoopSim-Token", token);

        using var response = await http.SendAsync(request);

        Assert.Equal(expected, response.StatusCode);
        Assert.Contains(timeline.Hops, h => h.Outcome == "delivered" && h.Channel == channel);
    }

    [Fact]
    public async Task Cut_WithTrainerToken_RemovesDeliveriesOverChannel()
    {
        var timeline = WorkshopFixtures.Timeline();
        var channel = WorkshopFixtures.FirstChannelUsedLater(timeline).Channel;
        await using var server = await WorkshopServer.StartAsync(timeline, new WorkshopOptions("127.0.0.1", 0, Token: Token));
        using var http = new HttpClient { BaseAddress = server.Url };
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/control/cut") { Content = JsonContent($"{{\"channel\":\"{channel}\"}}") };
        request.Headers.Add("X-CoopSim-Token", Token);

        using var response = await http.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.DoesNotContain(timeline.Hops, h => h.Outcome == "delivered" && h.Channel == channel);
    }

    private static StringContent JsonContent(string json) => new(json, System.Text.Encoding.UTF8, "application/json");

    /// <summary>Debian's chromium (apt-get install chromium); COOPSIM_CHROMIUM overrides it.</summary>
    private static string ChromiumPath()
    {
        var path = Environment.GetEnvironmentVariable("COOPSIM_CHROMIUM") ?? "/usr/bin/chromium";
        Assert.True(File.Exists(path), $"{path} is missing: apt-get install -y chromium (or set COOPSIM_CHROMIUM)");
        return path;
    }
}
