using CoopSim.Model;
using CoopSim.Model.Distributions;
using CoopSim.Model.World;
using static CoopSim.Simulation.Tests.Rules.RuleRuns;

namespace CoopSim.Simulation.Tests.Rules;

/// <summary>docs/model.md, "Capacity and queue": a desk with N officers; the others wait by priority, then arrival.</summary>
public sealed class CapacityRulesTests
{
    [Fact]
    public void Capacity_OneOfficerTwoAlerts_SecondWaitsForTheFirst()
    {
        // Both arrive at 1 h and take a fixed 3 h: the first is acted on at 4 h, the second waits 3 h and acts at 7 h.
        var world = new TestWorld().Country("AA").Agency("a", "AA").Agency("b", "AA", handling: TestWorld.Fixed(Hour * 3), capacity: 1)
            .Channel("ab", "a", "b", TestWorld.Fixed(Hour)).Alert("A", "a").Alert("B", "a");
        var result = Result(world.Build());

        Assert.Equal(4 * 3600.0, ActsAtS(result, "b", 0));
        Assert.Equal(7 * 3600.0, ActsAtS(result, "b", 1));
        Assert.Equal((0.0, 3 * 3600.0), (Agency(result, "b", 0)!.Breakdown.Waiting, Agency(result, "b", 0)!.Breakdown.Queue));
        Assert.Equal((3 * 3600.0, 3 * 3600.0), (Agency(result, "b", 1)!.Breakdown.Waiting, Agency(result, "b", 1)!.Breakdown.Queue));
        Assert.Equal(3600.0, Agency(result, "b", 1)!.Arrival.Mean);
    }

    [Fact]
    public void Capacity_UrgentArrivingLater_IsTakenBeforeAWaitingRoutineAlert()
    {
        // A (routine) holds the one officer 1 h–4 h; B (routine) arrives at 2 h, C (urgent) at 3 h: C goes first at 4 h.
        var world = new TestWorld().Country("AA").Agency("a", "AA").Agency("b", "AA", handling: TestWorld.Fixed(Hour * 3), capacity: 1)
            .Channel("ab", "a", "b", TestWorld.Fixed(Hour))
            .Alert("A", "a", priority: Priority.Routine).Alert("B", "a", at: Hour, priority: Priority.Routine)
            .Alert("C", "a", at: Hour * 2, priority: Priority.Urgent);
        var result = Result(world.Build());

        Assert.Equal(4 * 3600.0, ActsAtS(result, "b", 0));
        Assert.Equal(10 * 3600.0 - 1 * 3600.0, ActsAtS(result, "b", 1));
        Assert.Equal(7 * 3600.0 - 2 * 3600.0, ActsAtS(result, "b", 2));
    }

    [Fact]
    public void Capacity_TwoOfficers_TwoAlertsDoNotWait()
    {
        var world = new TestWorld().Country("AA").Agency("a", "AA").Agency("b", "AA", handling: TestWorld.Fixed(Hour * 3), capacity: 2)
            .Channel("ab", "a", "b", TestWorld.Fixed(Hour)).Alert("A", "a").Alert("B", "a").Alert("C", "a");
        var result = Result(world.Build());

        Assert.Equal((4 * 3600.0, 4 * 3600.0, 7 * 3600.0), (ActsAtS(result, "b", 0), ActsAtS(result, "b", 1), ActsAtS(result, "b", 2)));
    }

    [Fact]
    public void Capacity_OfficeClosed_WaitForOfficerCountsFromOpening()
    {
        // Routine alerts arrive at 20:00 on Monday; the office opens at 09:00: both wait 13 h for the opening, the
        // second then 2 h more for the one officer.
        var hours = OfficeHours.Weekdays(9 * 60, 18 * 60, null);
        var world = new TestWorld().Country("AA").Agency("a", "AA").Agency("b", "AA", hours: hours, handling: TestWorld.Fixed(Hour * 2), capacity: 1)
            .Channel("ab", "a", "b", TestWorld.Fixed(Hour * 11)).Alert("A", "a", priority: Priority.Routine).Alert("B", "a", priority: Priority.Routine);
        var b = Agency(Result(world.Build()), "b", 1)!;

        Assert.Equal((13 * 3600.0, 2 * 3600.0, 2 * 3600.0), (b.Breakdown.OfficeWait, b.Breakdown.Waiting, b.Breakdown.Queue));
        Assert.Equal(28 * 3600.0, b.TimeToReach.Mean);
    }

    [Fact]
    public void Capacity_Traced_HopShowsTheWaitForAnOfficer()
    {
        var world = new TestWorld().Country("AA").Agency("a", "AA").Agency("b", "AA", handling: TestWorld.Fixed(Hour * 3), capacity: 1)
            .Channel("ab", "a", "b", TestWorld.Fixed(Hour)).Alert("A", "a").Alert("B", "a");
        var hops = Hops(world.Build()).Where(h => h.To == "b").OrderBy(h => h.AlertId).ToArray();

        Assert.Equal((0L, 0L), (hops[0].WaitingMs, hops[1].WaitingMs - 3 * 3_600_000L));
        Assert.Equal((4 * 3_600_000L, 7 * 3_600_000L), (hops[0].ActAtMs, hops[1].ActAtMs));
    }
}
