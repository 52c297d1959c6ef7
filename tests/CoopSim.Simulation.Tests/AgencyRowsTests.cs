using System.Text.Json;
using CoopSim.Model;
using CoopSim.Studies.Output;

namespace CoopSim.Simulation.Tests;

/// <summary>The agency rows of a result: every in-scope agency listed, and arrival beside time to act.</summary>
public sealed class AgencyRowsTests
{
    private static readonly Duration Hour = Duration.FromHours(1);

    [Fact]
    public void Finish_ScopedAlertNeverReachesAnInScopeAgency_ListsItWithReachZero()
    {
        // b2 is in BB, the alert's scope, but no channel leads to it; c is reachable but CC is out of scope.
        var world = new TestWorld().Country("AA").Country("BB").Country("CC")
            .Agency("a", "AA").Agency("b", "BB").Agency("b2", "BB").Agency("c", "CC")
            .Channel("ab", "a", "b", TestWorld.Fixed(Hour)).Channel("ac", "a", "c", TestWorld.Fixed(Hour))
            .Alert("S", "a", scope: ["BB"]).Alert("G", "a");
        var result = RunHelpers.Run(world.Build(), 20).Result;

        var scoped = result.Alerts.Single(x => x.Id == "S");
        Assert.Equal(["a", "b", "b2"], scoped.Agencies.Select(x => x.Agency));
        var never = scoped.Agencies.Single(x => x.Agency == "b2");
        Assert.Equal("BB", never.Country);
        Assert.Equal((0, 20), (never.Reached.Successes, never.Reached.N));
        Assert.Equal(0, never.TimeToReach.N);
        Assert.Equal(0, never.Arrival.N);
        Assert.Null(never.Path);

        // A global alert lists only the agencies it reached: b2 is nowhere on its way.
        var global = result.Alerts.Single(x => x.Id == "G");
        Assert.Equal(["a", "b", "c"], global.Agencies.Select(x => x.Agency));

        using var doc = JsonDocument.Parse(ResultJsonWriter.ToJson(result));
        var row = doc.RootElement.GetProperty("alerts")[0].GetProperty("agencies").EnumerateArray()
            .Single(x => x.GetProperty("agency").GetString() == "b2");
        Assert.Equal(0, row.GetProperty("reached").GetProperty("successes").GetInt32());
        Assert.Equal(20, row.GetProperty("reached").GetProperty("n").GetInt32());
        Assert.Equal(JsonValueKind.Null, row.GetProperty("time_to_reach_s").GetProperty("p50").ValueKind);
        Assert.Equal(JsonValueKind.Null, row.GetProperty("arrival_s").GetProperty("mean").ValueKind);
        Assert.False(row.TryGetProperty("first_path", out _));
    }

    [Fact]
    public void Finish_TwoHopsWithHandlingDelays_ArrivalIsBeforeTheWaitsOfTheLastHopOnly()
    {
        // a -1h-> b (2 h handling) -1h-> c (30 min handling): c's copy arrives at 4 h and can be acted on at 4.5 h.
        var world = new TestWorld().Country("AA")
            .Agency("a", "AA").Agency("b", "AA", handling: TestWorld.Fixed(Hour * 2)).Agency("c", "AA", handling: TestWorld.Fixed(Duration.FromMinutes(30)))
            .Channel("ab", "a", "b", TestWorld.Fixed(Hour)).Channel("bc", "b", "c", TestWorld.Fixed(Hour))
            .Alert("A", "a");
        var agencies = RunHelpers.Run(world.Build(), 5).Result.Alerts[0].Agencies;

        var origin = agencies.Single(x => x.Agency == "a");
        Assert.Equal((0.0, 0.0), (origin.Arrival.Mean, origin.TimeToReach.Mean));
        var b = agencies.Single(x => x.Agency == "b");
        Assert.Equal((1 * 3600.0, 3 * 3600.0), (b.Arrival.Mean, b.TimeToReach.Mean));
        var c = agencies.Single(x => x.Agency == "c");
        Assert.Equal((4 * 3600.0, 4.5 * 3600.0), (c.Arrival.Mean, c.TimeToReach.Mean));
        Assert.Equal((4 * 3600.0, 4 * 3600.0), (c.Arrival.Min, c.Arrival.Max));
    }

    [Fact]
    public void Finish_RandomDelays_ArrivalIsNeverAfterTimeToAct()
    {
        // Random latencies and handling, over the same replications: every statistic of arrival is at most
        // the same statistic of time to act, and the arrival mean is the latency mean (the handling is after).
        var world = new TestWorld().Country("AA")
            .Agency("a", "AA").Agency("b", "AA", handling: TestWorld.Exp(60, 3)).Agency("c", "AA", handling: TestWorld.Exp(60, 1))
            .Channel("ab", "a", "b", TestWorld.Exp(600, 1), loss: 0.05).Channel("bc", "b", "c", TestWorld.Exp(600, 2))
            .Alert("A", "a");
        var result = RunHelpers.Run(world.Build(), 2000).Result;

        foreach (var row in result.Alerts[0].Agencies.Where(x => x.Agency != "a"))
        {
            Assert.Equal(row.TimeToReach.N, row.Arrival.N);
            Assert.True(row.Arrival.Mean < row.TimeToReach.Mean, row.Agency);
            Assert.True(row.Arrival.P50 <= row.TimeToReach.P50, row.Agency);
            Assert.True(row.Arrival.P90 <= row.TimeToReach.P90, row.Agency);
            Assert.True(row.Arrival.Min <= row.TimeToReach.Min, row.Agency);
            Assert.True(row.Arrival.Max <= row.TimeToReach.Max, row.Agency);
        }

        // b's copy arrives after the a-b latency alone, a shifted exponential with mean 1 h; time to act adds
        // b's handling (mean 3 h).
        var b = result.Alerts[0].Agencies.Single(x => x.Agency == "b");
        Assert.InRange(3600.0, b.Arrival.CiLow, b.Arrival.CiHigh);
        Assert.InRange(4 * 3600.0, b.TimeToReach.CiLow, b.TimeToReach.CiHigh);

        var csv = ResultCsvWriter.ToCsv(result).Split('\n');
        Assert.Contains(",arrival_mean_s,arrival_p50_s,arrival_p90_s,", csv[0], StringComparison.Ordinal);
        var bRow = csv.Single(l => l.StartsWith("A,agency,b,", StringComparison.Ordinal)).Split(',');
        var arrivalMean = Array.IndexOf(csv[0].Split(','), "arrival_mean_s");
        Assert.Equal(Math.Round(b.Arrival.Mean, 4), double.Parse(bRow[arrivalMean], System.Globalization.CultureInfo.InvariantCulture));
    }
}
