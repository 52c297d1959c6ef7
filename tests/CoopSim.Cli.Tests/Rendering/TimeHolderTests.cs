using System.Text.Json;

namespace CoopSim.Cli.Tests.Rendering;

/// <summary>The run table names what holds most of the time to the question's agency, from the same breakdown JSON reports.</summary>
public sealed class TimeHolderTests
{
    private static readonly Dictionary<string, string> Words = new()
    {
        ["held"] = "held by an outage",
        ["transit"] = "transit on the channels",
        ["office_wait"] = "waiting for office hours",
        ["queue"] = "in handling queues",
        ["translation"] = "translation",
        ["legal_review"] = "legal review",
    };

    [Theory]
    [InlineData("scenarios/desk-friday-night.yaml", "vn.mps", "Ministry of Public Security of Viet Nam", "waiting for office hours")]
    [InlineData("scenarios/uz-entry-block.yaml", "kr.immigration", "Korea Immigration Service", null)]
    public async Task Run_Table_NamesTheLargestPartOfTheTimeToTheQuestionsAgency(string scenario, string agency, string name, string? expected)
    {
        var table = await CliHarness.RunAsync("run", scenario, "--engine", "inproc", "--runs", "200");
        var json = await CliHarness.RunAsync("run", scenario, "--engine", "inproc", "--runs", "200", "--format", "json");

        using var doc = JsonDocument.Parse(json.Out);
        var breakdown = doc.RootElement.GetProperty("alerts")[0].GetProperty("agencies").EnumerateArray()
            .Single(a => a.GetProperty("agency").GetString() == agency).GetProperty("breakdown_s");
        var largest = breakdown.EnumerateObject().MaxBy(p => p.Value.GetDouble())!;
        if (expected is not null) Assert.Equal(expected, Words[largest.Name]);
        var line = Assert.Single(table.Out.Split('\n'), l => l.StartsWith("Most of the", StringComparison.Ordinal));
        Assert.Contains($"to {name}", line);
        Assert.Contains($"is {Words[largest.Name]}:", line);
    }

    [Fact]
    public async Task Run_Table_NamesTheHopOfTheUsualRouteThatHoldsMostOfTheTime()
    {
        // korea-desk-wanted: the desk-to-desk channel (a median of hours) dwarfs the domestic relays either side of it.
        var table = await CliHarness.RunAsync("run", "scenarios/korea-desk-wanted.yaml", "--engine", "inproc", "--runs", "300");

        Assert.Equal(0, table.ExitCode);
        var text = string.Join(" ", table.Out.Split('\n').Select(l => l.TrimEnd()));
        Assert.Matches(@"Of that route, the hop KNPA Vietnam Desk → MPS Korea Desk over kr-vn-desk holds most: [^.]+ of its [^.]+ \(\d+(\.\d)?%; mean over the \d+ runs that took it\)\.", text);
    }
}
