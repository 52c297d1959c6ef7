using CoopSim.Model;
using CoopSim.Studies.Output;
using static CoopSim.Simulation.Tests.Rules.RuleRuns;

namespace CoopSim.Simulation.Tests.Rules;

/// <summary>docs/model.md, "Capacity and queue": a run's figures per agency with a capacity (JSON desks, CSV desk rows).</summary>
public sealed class DeskFiguresTests
{
    [Fact]
    public void Desks_ThreeCopiesAtOneOfficer_WaitSummaryAndBusiestHour()
    {
        // Three alerts reach b at 1 h; one officer, 1 h each: they wait 0, 1 h and 2 h. A fourth reaches b at 5 h and
        // waits nothing. The busiest hour is the one from 1 h, with three arrivals.
        var world = new TestWorld().Country("AA").Agency("a", "AA").Agency("b", "AA", handling: TestWorld.Fixed(Hour), capacity: 1)
            .Channel("ab", "a", "b", TestWorld.Fixed(Hour))
            .Alert("A", "a").Alert("B", "a").Alert("C", "a").Alert("D", "a", at: Hour * 4);
        var result = Result(world.Build(), replications: 2);

        var desk = Assert.Single(result.Desks);
        Assert.Equal(("b", "AA", 1), (desk.Agency, desk.Country, desk.Capacity));
        Assert.Equal(8, desk.WaitS.N);
        Assert.Equal((3 * 3600.0 / 4, 7200.0, 7200.0), (desk.WaitS.Mean, desk.WaitS.P90, desk.WaitS.Max));
        Assert.Equal((3600.0, 3.0), (desk.BusiestHourFromS, desk.BusiestHourArrivals));
    }

    [Fact]
    public void Desks_NoAgencyWithACapacity_NoneInTheResultOrItsJson()
    {
        var world = new TestWorld().Country("AA").Agency("a", "AA").Agency("b", "AA").Channel("ab", "a", "b", TestWorld.Fixed(Hour)).Alert("A", "a");
        var result = Result(world.Build());

        Assert.Empty(result.Desks);
        Assert.DoesNotContain("\"desks\"", ResultJsonWriter.ToJson(result), StringComparison.Ordinal);
        Assert.DoesNotContain(",desk,", ResultCsvWriter.ToCsv(result), StringComparison.Ordinal);
    }

    [Fact]
    public void Desks_WithACapacity_JsonAndCsvCarryTheDesk()
    {
        var world = new TestWorld().Country("AA").Agency("a", "AA").Agency("b", "AA", handling: TestWorld.Fixed(Hour), capacity: 1)
            .Channel("ab", "a", "b", TestWorld.Fixed(Hour)).Alert("A", "a").Alert("B", "a");
        var result = Result(world.Build());

        Assert.Contains("\"desks\": [", ResultJsonWriter.ToJson(result), StringComparison.Ordinal);
        // wait: mean 1,800 s, p50 0, p90 3,600; busiest hour from 3,600 s with 2 arrivals.
        Assert.Contains("\n,desk,b,AA,,,,,1800,0,3600,3600,", ResultCsvWriter.ToCsv(result), StringComparison.Ordinal);
        Assert.Matches(@"\n,desk,b,AA,(,[^,\n]*){13},2,,,,test,", ResultCsvWriter.ToCsv(result));
    }
}
