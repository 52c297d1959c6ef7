using System.Text.Json;

namespace CoopSim.Cli.Tests.Commands;

/// <summary>
/// advise on a small world with fixed delays, where every gain is known in closed form: the alert goes
/// X → T over a 10 h channel and T takes 3 h to act (13 h). A direct 1 h channel saves 9 h, a direct 1 h 30 m
/// channel 8 h 30 m, and faster handling at T (1 h) 2 h. The two channels overlap: after the 1 h channel the
/// 1 h 30 m one saves nothing, while faster handling still saves 2 h.
/// </summary>
public sealed class AdviseCommandTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("coopsim-advise-").FullName;

    public AdviseCommandTests()
    {
        File.WriteAllText(Path.Combine(_dir, "world.yaml"), """
            countries:
              - {code: AA, name: Aland, utc-offset: "+00:00", languages: [en]}
              - {code: BB, name: Boland, utc-offset: "+00:00", languages: [en]}
            agreements:
              - {id: pact, name: Pact, parties: [x.police, t.border], source: test}
            agencies:
              - {id: x.police, name: X police, country: AA, kind: national-police, hours: 24/7, capabilities: [relay], relay: all, handling: [{delay: 0s}], source: test}
              - {id: t.border, name: T border, country: BB, kind: border-immigration, hours: 24/7, capabilities: [block-entry], relay: none, handling: [{delay: 3h}], source: test}
            channels:
              - {id: slow, from: x.police, to: t.border, kind: mou-hotline, latency: 10h, translation: never, agreement: pact, source: test}
            """);
        File.WriteAllText(Path.Combine(_dir, "scenario.yaml"), """
            name: closed-form
            world: world.yaml
            start: 2025-01-06T00:00:00+00:00
            run: {seed: 3, replications: 40, horizon: 5d}
            alerts:
              - {id: A-1, kind: entry-block, priority: urgent, origin: x.police, scope: [BB]}
            """);
        File.WriteAllText(Path.Combine(_dir, "candidates.yaml"), """
            candidates:
              - id: direct-1h
                name: a direct 1-hour channel
                cost: 3
                source: test
                changes:
                  add-channels:
                    - {id: direct-1h, from: x.police, to: t.border, kind: bilateral-desk, latency: 1h, translation: never, agreement: pact, source: test}
              - id: direct-90m
                name: a direct 90-minute channel
                source: test
                changes:
                  add-channels:
                    - {id: direct-90m, from: x.police, to: t.border, kind: bilateral-desk, latency: 90m, translation: never, agreement: pact, source: test}
              - id: fast-handling
                name: faster handling at the border
                source: test
                changes:
                  alter-agencies:
                    - {id: t.border, handling: [{delay: 1h}]}
            """);
    }

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private Task<CliHarness.Result> Advise(params string[] more) => CliHarness.RunAsync(
        ["advise", Path.Combine(_dir, "scenario.yaml"), "--candidates", Path.Combine(_dir, "candidates.yaml"), "--engine", "inproc", .. more]);

    [Fact]
    public async Task Advise_KnownBestCandidate_IsPickedFirstWithItsClosedFormGain()
    {
        var result = await Advise("--objective", "p50:A-1/BB", "--format", "json");

        Assert.Equal(0, result.ExitCode);
        using var doc = JsonDocument.Parse(result.Out);
        var first = doc.RootElement.GetProperty("rounds")[0].GetProperty("ranking").EnumerateArray().ToArray();
        Assert.Equal(["direct-1h", "direct-90m", "fast-handling"], first.Select(r => r.GetProperty("candidate").GetString()));
        Assert.Equal([9.0, 8.5, 2.0], first.Select(r => r.GetProperty("gain").GetDouble()));
        Assert.Equal(13.0, first[0].GetProperty("before").GetDouble());
        Assert.Equal(4.0, first[0].GetProperty("after").GetDouble());
        Assert.Equal(["direct-1h"], doc.RootElement.GetProperty("picks").EnumerateArray().Select(p => p.GetString()));
    }

    [Fact]
    public async Task Advise_PickTwoWithOverlappingCandidates_ReMeasuresAndPicksTheOneThatStillGains()
    {
        var result = await Advise("--objective", "p50:A-1/BB", "--pick", "2", "--format", "json");

        Assert.Equal(0, result.ExitCode);
        using var doc = JsonDocument.Parse(result.Out);

        // Alone, the 90-minute channel is second best; on top of the 1-hour channel it buys nothing.
        Assert.Equal("direct-90m", doc.RootElement.GetProperty("rounds")[0].GetProperty("ranking")[1].GetProperty("candidate").GetString());
        Assert.Equal(["direct-1h", "fast-handling"], doc.RootElement.GetProperty("picks").EnumerateArray().Select(p => p.GetString()));
        var second = doc.RootElement.GetProperty("rounds")[1];
        Assert.Equal(["direct-1h"], second.GetProperty("given").EnumerateArray().Select(p => p.GetString()));
        var overlap = second.GetProperty("ranking").EnumerateArray().Single(r => r.GetProperty("candidate").GetString() == "direct-90m");
        Assert.Equal(0.0, overlap.GetProperty("gain").GetDouble());
    }

    [Fact]
    public async Task Advise_Table_SaysInOneSentencePerPickWhatItBuys()
    {
        var result = await Advise("--objective", "p50:A-1/BB", "--pick", "2");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("1. A direct 1-hour channel cuts the median time to act on A-1 in BB from 13h to 4h, 9h sooner (9h to 9h).", result.Out);
        Assert.Contains("2. Faster handling at the border on top of the earlier picks cuts the median time to act on A-1 in BB from 4h to 2h, 2h sooner (2h to 2h).", result.Out);
        Assert.Contains("Gains do not add up", result.Out);
    }

    [Fact]
    public async Task Advise_Csv_HasARowPerRoundAndCandidateReadyToPlot()
    {
        var result = await Advise("--objective", "reach:A-1/t.border", "--format", "csv");

        Assert.Equal(0, result.ExitCode);
        var lines = result.Out.TrimEnd('\n').Split('\n');
        Assert.Equal("round,rank,candidate,name,cost,objective,unit,before,after,gain,ci95_low,ci95_high,picked", lines[0]);

        // Every run reaches T already: no candidate raises reach, so nothing is picked.
        Assert.Equal(4, lines.Length);
        Assert.All(lines.Skip(1), l => Assert.EndsWith(",1,1,0,0,0,false", l));
    }

    [Fact]
    public async Task Advise_CandidateWithMisspeltChannelKey_ReportsTheCandidatesFileLineAndExit2()
    {
        var bad = Path.Combine(_dir, "bad.yaml");
        File.WriteAllText(bad, """
            candidates:
              - id: typo
                source: test
                changes:
                  alter-channels:
                    - {id: slow, latnecy: 1h}
            """);
        var result = await CliHarness.RunAsync("advise", Path.Combine(_dir, "scenario.yaml"), "--candidates", bad, "--engine", "inproc");

        Assert.Equal(2, result.ExitCode);
        Assert.Matches(@"bad\.yaml\(6,22\): error: unknown key 'latnecy' in a channel; did you mean 'latency'\?", result.Error);
        Assert.Empty(result.Out);
    }

    [Fact]
    public async Task Advise_UnknownObjectiveTarget_OneLineErrorExit2()
    {
        var result = await Advise("--objective", "p50:A-1/ZZ");
        Assert.Equal(2, result.ExitCode);
        Assert.Equal("coopsim: error: --objective objective 'p50:A-1/ZZ': 'ZZ' is neither a country code nor an agency id of the scenario's world", result.Error.Trim());
    }

    [Fact]
    public async Task Advise_ShippedCandidatesForTheUzbekEntryBlock_RankAtLeastFiveWithIntervals()
    {
        var result = await CliHarness.RunAsync("advise", "scenarios/uz-entry-block-without-mou.yaml",
            "--candidates", "scenarios/candidates/uz-entry-block-candidates.yaml", "--pick", "2", "--runs", "200", "--engine", "inproc", "--format", "json");

        Assert.Equal(0, result.ExitCode);
        using var doc = JsonDocument.Parse(result.Out);
        var ranking = doc.RootElement.GetProperty("rounds")[0].GetProperty("ranking").EnumerateArray().ToArray();
        Assert.True(ranking.Length >= 5);
        Assert.All(ranking, r => Assert.True(r.GetProperty("ci95_low").GetDouble() <= r.GetProperty("gain").GetDouble()));
        Assert.Equal(2, doc.RootElement.GetProperty("picks").GetArrayLength());
        Assert.Equal("interception:suspect", doc.RootElement.GetProperty("objective").GetString());
    }
}
