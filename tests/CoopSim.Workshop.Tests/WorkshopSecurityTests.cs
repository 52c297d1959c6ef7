using System.Net;
using System.Net.Sockets;
using System.Text;
using CoopSim.Scenarios;
using CoopSim.Tests.Shared;
using Microsoft.Playwright;

namespace CoopSim.Workshop.Tests;

/// <summary>The workshop page cannot be turned against its trainer: world text stays text, foreign pages and hosts are refused.</summary>
public sealed class WorkshopSecurityTests
{
    private const string Token = "trainer-secret";
    private const string Attack = "Viet Nam<img src=x onerror=\"window.__pwned=document.querySelector('[data-testid=token]').value\">";

    private static readonly string[] ChromiumArgs =
    [
        "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--no-first-run", "--disable-quic",
    ];

    [Fact]
    public async Task Page_CountryNameWithMarkup_RendersAsTextAndRunsNoScript()
    {
        var loaded = ScenarioLoader.Load(Path.Combine(RepoPaths.Root, "scenarios", "korea-desk-wanted.yaml"));
        var scenario = loaded.Value!;
        var world = scenario.World with { Countries = scenario.World.Countries.Select(c => c.Code == "VN" ? c with { Name = Attack } : c).ToArray() };
        var timeline = new SimulatedTimeline(scenario with { World = world }, scenario.Run.Seed);
        await using var server = await WorkshopServer.StartAsync(timeline, new WorkshopOptions("127.0.0.1", 0, Speed: 500_000, Token: Token));

        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new() { ExecutablePath = ChromiumPath(), Headless = true, Args = ChromiumArgs });
        var page = await browser.NewPageAsync(new() { ViewportSize = new() { Width = 1280, Height = 720 } });
        var inlineBlocked = new List<string>();
        page.Console += (_, message) => { if (message.Text.Contains("Content Security Policy", StringComparison.Ordinal)) inlineBlocked.Add(message.Text); };
        var response = await page.GotoAsync(server.Url.ToString());
        await page.GetByTestId("token").FillAsync(Token);
        await page.GetByTestId("play").ClickAsync();

        // Viet Nam's name is a map label from the start and a clock's tooltip once the alert gets there: literal text both times.
        await Assertions.Expect(page.Locator("#labels")).ToContainTextAsync("<img src=x", new() { Timeout = 20_000 });
        await Assertions.Expect(page.GetByTestId("clock").First).ToBeVisibleAsync(new() { Timeout = 20_000 });
        await page.WaitForFunctionAsync("() => [...document.querySelectorAll('[data-testid=clock]')].some(c => c.title.includes('<img src=x'))", null, new() { Timeout = 20_000 });
        Assert.Equal(0, await page.Locator("[data-testid=clocks] img").CountAsync());
        Assert.Equal(0, await page.Locator("img").CountAsync());
        Assert.Null(await page.EvaluateAsync<string?>("() => window.__pwned ?? null"));

        // The page itself carries no inline script: every <script> has a src on this server.
        Assert.Equal(0, await page.Locator("script:not([src])").CountAsync());
        var csp = await response!.HeaderValueAsync("content-security-policy");
        Assert.NotNull(csp);
        Assert.Contains("script-src 'self'", csp);
        Assert.DoesNotContain("unsafe-inline", csp);
        Assert.Contains("frame-ancestors 'none'", csp);
    }

    [Fact]
    public async Task Get_EveryResponse_CarriesTheSecurityHeaders()
    {
        await using var server = await WorkshopServer.StartAsync(WorkshopFixtures.Timeline(), new WorkshopOptions("127.0.0.1", 0, Token: Token));
        using var http = new HttpClient { BaseAddress = server.Url };
        foreach (var path in new[] { "/", "/app.js", "/api/world" })
        {
            using var response = await http.GetAsync(path);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal(WorkshopServer.ContentSecurityPolicy, string.Join(",", response.Headers.GetValues("Content-Security-Policy")));
            Assert.Equal("nosniff", string.Join(",", response.Headers.GetValues("X-Content-Type-Options")));
            Assert.Equal("DENY", string.Join(",", response.Headers.GetValues("X-Frame-Options")));
        }
    }

    [Theory]
    [InlineData("evil.example")]
    [InlineData("evil.example:{port}")]
    [InlineData("127.0.0.1:1")]
    public async Task Get_ForeignHostHeader_IsRefused(string host)
    {
        await using var server = await WorkshopServer.StartAsync(WorkshopFixtures.Timeline(), new WorkshopOptions("127.0.0.1", 0, Token: Token));
        var status = await RawStatusAsync(server.Url, "GET", "/api/world", host.Replace("{port}", server.Url.Port.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        Assert.Equal(421, status);

        // The bound address itself, and localhost on loopback, are answered.
        Assert.Equal(200, await RawStatusAsync(server.Url, "GET", "/api/world", $"127.0.0.1:{server.Url.Port}"));
        Assert.Equal(200, await RawStatusAsync(server.Url, "GET", "/api/world", $"localhost:{server.Url.Port}"));
    }

    [Fact]
    public async Task Control_TokenInTheAddress_IsRefused()
    {
        var timeline = WorkshopFixtures.Timeline();
        await using var server = await WorkshopServer.StartAsync(timeline, new WorkshopOptions("127.0.0.1", 0, Token: Token));
        using var http = new HttpClient { BaseAddress = server.Url };
        using var response = await http.PostAsync("/api/control/play?token=" + Token, Json("{}"));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.False(server.Session.Playing);
    }

    [Fact]
    public async Task Control_NoTokenAndBrokenBody_IsRefusedForTheTokenFirst()
    {
        await using var server = await WorkshopServer.StartAsync(WorkshopFixtures.Timeline(), new WorkshopOptions("127.0.0.1", 0, Token: Token));
        using var http = new HttpClient { BaseAddress = server.Url };
        using var response = await http.PostAsync("/api/control/speed", Json("{\"speed\": [[[["));
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Theory]
    [InlineData("{\"speed\":\"NaN\"}")]
    [InlineData("{\"speed\":\"Infinity\"}")]
    [InlineData("{\"speed\":-5}")]
    [InlineData("{\"speed\":1e300}")]
    [InlineData("{}")]
    [InlineData("null")]
    public async Task Speed_InvalidValue_IsRefusedAndTheClockKeepsWorking(string body)
    {
        await using var server = await WorkshopServer.StartAsync(WorkshopFixtures.Timeline(), new WorkshopOptions("127.0.0.1", 0, Speed: 3600, Token: Token));
        using var http = new HttpClient { BaseAddress = server.Url };
        http.DefaultRequestHeaders.Add(WorkshopServer.TokenHeader, Token);

        using var bad = await http.PostAsync("/api/control/speed", Json(body));
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Equal(3600, server.Session.Speed);

        using var step = await http.PostAsync("/api/control/step", Json("{}"));
        Assert.Equal(HttpStatusCode.OK, step.StatusCode);
        using var good = await http.PostAsync("/api/control/speed", Json("{\"speed\":7200}"));
        Assert.Equal(HttpStatusCode.OK, good.StatusCode);
        Assert.Equal(7200, server.Session.Speed);
    }

    [Theory]
    [InlineData("{\"channel\":null}")]
    [InlineData("{\"agency\":null,\"kind\":null}")]
    public async Task CutAndInject_MissingValues_AreRefused(string body)
    {
        await using var server = await WorkshopServer.StartAsync(WorkshopFixtures.Timeline(), new WorkshopOptions("127.0.0.1", 0, Token: Token));
        using var http = new HttpClient { BaseAddress = server.Url };
        http.DefaultRequestHeaders.Add(WorkshopServer.TokenHeader, Token);
        using var cut = await http.PostAsync("/api/control/cut", Json(body));
        using var inject = await http.PostAsync("/api/control/inject", Json(body));
        Assert.Equal(HttpStatusCode.BadRequest, cut.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, inject.StatusCode);
    }

    [Theory]
    [InlineData("[::1]", true)]
    [InlineData("::1", true)]
    [InlineData("::ffff:127.0.0.1", true)]
    [InlineData("example.com", false)]
    public async Task StartAsync_HostForms_StartOrAreRefusedInOneLine(string host, bool starts)
    {
        if (!starts)
        {
            var error = await Assert.ThrowsAsync<InvalidOperationException>(() => WorkshopServer.StartAsync(WorkshopFixtures.Timeline(), new WorkshopOptions(host, 0, Public: true)));
            Assert.DoesNotContain('\n', error.Message);
            Assert.Contains("IP address", error.Message);
            return;
        }

        if (host.Contains("::1") && !Socket.OSSupportsIPv6) return;
        await using var server = await WorkshopServer.StartAsync(WorkshopFixtures.Timeline(), new WorkshopOptions(host, 0));
        using var http = new HttpClient { BaseAddress = server.Url };
        using var response = await http.GetAsync("/api/world");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Url_PublicOnEveryAddress_IsNotZeroZeroZeroZero()
    {
        await using var server = await WorkshopServer.StartAsync(WorkshopFixtures.Timeline(), new WorkshopOptions("0.0.0.0", 0, Public: true));
        Assert.NotEqual("0.0.0.0", server.Url.Host);
        Assert.NotEqual(0, server.Url.Port);
    }

    /// <summary>A request with exactly the Host header given (HttpClient would not send a foreign one as is).</summary>
    private static async Task<int> RawStatusAsync(Uri server, string method, string path, string host)
    {
        using var client = new TcpClient();
        await client.ConnectAsync(server.Host, server.Port);
        var stream = client.GetStream();
        var request = Encoding.ASCII.GetBytes($"{method} {path} HTTP/1.1\r\nHost: {host}\r\nConnection: close\r\n\r\n");
        await stream.WriteAsync(request);
        using var reader = new StreamReader(stream, Encoding.ASCII);
        var status = await reader.ReadLineAsync() ?? "";
        return int.Parse(status.Split(' ')[1], System.Globalization.CultureInfo.InvariantCulture);
    }

    private static StringContent Json(string json) => new(json, Encoding.UTF8, "application/json");

    private static string ChromiumPath()
    {
        var path = Environment.GetEnvironmentVariable("COOPSIM_CHROMIUM") ?? "/usr/bin/chromium";
        Assert.True(File.Exists(path), $"{path} is missing: apt-get install -y chromium (or set COOPSIM_CHROMIUM)");
        return path;
    }
}
