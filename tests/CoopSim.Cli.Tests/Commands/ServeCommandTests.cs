using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using CoopSim.Tests.Shared;

namespace CoopSim.Cli.Tests.Commands;

/// <summary>
/// <c>serve --present</c> as a trainer starts it: the address and token printed, the presenter view served with the
/// scenario's name, a control without its field answered with the field's name, and one stop line on SIGTERM.
/// </summary>
public sealed class ServeCommandTests
{
    private const int SigTerm = 15;

    [Fact]
    public async Task Serve_Present_PrintsAddressAndTokenServesThePresenterViewAndStopsWithOneLine()
    {
        using var cli = CliProcess.Start(RepoPaths.Root, "serve", "scenarios/korea-desk-wanted.yaml", "--present", "--port", "0", "--engine", "inproc");
        var deadline = DateTime.UtcNow.AddMinutes(2);
        while (!cli.Out.Contains("Trainer token", StringComparison.Ordinal))
        {
            Assert.True(DateTime.UtcNow < deadline, $"serve printed no token in 2 minutes; stderr: {cli.Error}");
            Assert.False(cli.WaitForExit(TimeSpan.Zero), $"serve ended by itself; stderr: {cli.Error}");
            Thread.Sleep(100);
        }

        var url = Regex.Match(cli.Out, @"http://127\.0\.0\.1:\d+/").Value;
        var token = Regex.Match(cli.Out, "Trainer token: ([0-9a-f]+)").Groups[1].Value;
        using var http = new HttpClient { BaseAddress = new Uri(url) };
        var world = await http.GetFromJsonAsync<JsonElement>("/api/world");
        Assert.True(world.GetProperty("present").GetBoolean());
        Assert.Equal("korea-desk-wanted", world.GetProperty("scenario").GetProperty("name").GetString());

        using var cut = new HttpRequestMessage(HttpMethod.Post, "/api/control/cut") { Content = new StringContent("{}", Encoding.UTF8, "application/json") };
        cut.Headers.Add("X-CoopSim-Token", token);
        using var answer = await http.SendAsync(cut);
        Assert.Equal(HttpStatusCode.BadRequest, answer.StatusCode);
        Assert.Contains("'channel' is missing", await answer.Content.ReadAsStringAsync());

        cli.Signal(SigTerm);
        Assert.True(cli.WaitForExit(TimeSpan.FromSeconds(10)), "serve did not stop after SIGTERM");
        Assert.Equal(ExitCodes.Terminated, cli.ExitCode);
        Assert.Single(cli.Error.Split('\n'), l => l.StartsWith("coopsim: stopped", StringComparison.Ordinal));
    }
}
