using System.Text.Json;
using CoopSim.Tests.Shared;

namespace CoopSim.Cli.Tests.Commands;

/// <summary>
/// advise measures every candidate that fits and lists the ones that do not, ranks by gain or gain per cost,
/// keeps the picks within a budget and says why it stopped.
/// </summary>
public sealed class AdviseRankingTests : IDisposable
{
    private const string Scenario = "scenarios/uz-entry-block-without-mou.yaml";
    private const string Candidates = "scenarios/candidates/uz-entry-block-candidates.yaml";
    private readonly string _dir = Directory.CreateTempSubdirectory("coopsim-advise-rank-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private static Task<CliHarness.Result> Advise(params string[] more) =>
        CliHarness.RunAsync(["advise", Scenario, "--runs", "200", "--engine", "inproc", .. more]);

    [Fact]
    public async Task Advise_OneCandidateThatDoesNotFit_MeasuresTheRestAndListsItWithItsReason()
    {
        // The shipped file plus a candidate adding a channel id the world already has.
        var file = Path.Combine(_dir, "candidates.yaml");
        File.WriteAllText(file, File.ReadAllText(Path.Combine(RepoPaths.Root, Candidates)) + """

              - id: second-korea-desk
                name: a second Korea Desk channel
                cost: 1
                source: estimate
                changes:
                  add-channels:
                    - {id: kr-vn-desk, from: kr.knpa, to: vn.mps, kind: bilateral-desk, latency: {uniform: [10m, 1h], basis: estimate}, source: estimate}
            """);

        var result = await Advise("--candidates", file, "--format", "json");

        Assert.True(result.ExitCode == 0, result.Error);
        using var doc = JsonDocument.Parse(result.Out);
        var skipped = Assert.Single(doc.RootElement.GetProperty("not_applicable").EnumerateArray());
        Assert.Equal("second-korea-desk", skipped.GetProperty("candidate").GetString());
        Assert.Contains("kr-vn-desk", skipped.GetProperty("reason").GetString());
        var measured = doc.RootElement.GetProperty("rounds")[0].GetProperty("ranking").EnumerateArray().Select(r => r.GetProperty("candidate").GetString()).ToArray();
        Assert.Equal(6, measured.Length);
        Assert.DoesNotContain("second-korea-desk", measured);
    }

    [Fact]
    public async Task Advise_RankPerCost_OrdersRoundOneByGainOverCost()
    {
        var result = await Advise("--candidates", Candidates, "--rank", "per-cost", "--format", "json");

        Assert.True(result.ExitCode == 0, result.Error);
        using var doc = JsonDocument.Parse(result.Out);
        Assert.Equal("per-cost", doc.RootElement.GetProperty("ranked_by").GetString());
        var perCost = doc.RootElement.GetProperty("rounds")[0].GetProperty("ranking").EnumerateArray()
            .Select(r => r.GetProperty("gain").GetDouble() / r.GetProperty("cost").GetDouble()).ToArray();
        Assert.Equal(perCost.OrderDescending(), perCost);

        // By gain alone the order differs (the desk pair gains most but costs five times the hotline).
        var byGain = await Advise("--candidates", Candidates, "--format", "json");
        using var gainDoc = JsonDocument.Parse(byGain.Out);
        Assert.NotEqual(
            gainDoc.RootElement.GetProperty("rounds")[0].GetProperty("ranking")[0].GetProperty("candidate").GetString(),
            doc.RootElement.GetProperty("rounds")[0].GetProperty("ranking")[0].GetProperty("candidate").GetString());
    }

    [Fact]
    public async Task Advise_Budget_PicksStayWithinItAndTheTableSaysWhyOthersWereNot()
    {
        var result = await Advise("--candidates", Candidates, "--budget", "2", "--pick", "3", "--format", "json");

        Assert.True(result.ExitCode == 0, result.Error);
        using var doc = JsonDocument.Parse(result.Out);
        var costs = doc.RootElement.GetProperty("rounds").EnumerateArray()
            .SelectMany(r => r.GetProperty("ranking").EnumerateArray()).Where(r => r.GetProperty("picked").GetBoolean())
            .Sum(r => r.GetProperty("cost").GetDouble());
        Assert.InRange(costs, 0.5, 2);
        Assert.Contains(doc.RootElement.GetProperty("rounds")[0].GetProperty("ranking").EnumerateArray(),
            r => r.TryGetProperty("problem", out var p) && p.GetString()!.Contains("over the 2 left of the budget"));
    }

    [Fact]
    public async Task Advise_FewerPicksThanAsked_SaysWhyItStopped()
    {
        var result = await Advise("--candidates", Candidates, "--budget", "1", "--pick", "3");

        Assert.True(result.ExitCode == 0, result.Error);
        Assert.Matches(@"Stopped: (the \d candidates? that would improve interception of suspect cost more than|no remaining candidate)", result.Out);
    }

    [Fact]
    public async Task Advise_PickedAsAsked_SaysSo()
    {
        var result = await Advise("--candidates", Candidates, "--pick", "1");

        Assert.Contains("Stopped: picked 1 as asked (--pick 1).", result.Out);
    }

    [Theory]
    [InlineData("-1")]
    [InlineData("NaN")]
    [InlineData("Infinity")]
    public async Task Advise_BudgetNotAFiniteNonNegativeNumber_IsRefused(string budget)
    {
        var result = await Advise("--candidates", Candidates, "--budget", budget);

        Assert.Equal(ExitCodes.BadInput, result.ExitCode);
        Assert.Contains("--budget must be a finite number", result.Error);
    }
}
