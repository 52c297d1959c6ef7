using CoopSim.Model;
using CoopSim.Model.World;
using static CoopSim.Simulation.Tests.Rules.RuleRuns;

namespace CoopSim.Simulation.Tests.Rules;

/// <summary>docs/model.md, "Issue" and "Send": what the origin does when an alert is issued.</summary>
public sealed class IssueRulesTests
{
    private static readonly DateTimeOffset Monday0200Utc = new(2025, 4, 14, 2, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Issue_OriginOfficeClosed_SendsAtOnce()
    {
        // The origin keeps 09:00–17:00 and the routine alert is issued at 02:00: it still leaves at 02:00.
        var world = new TestWorld().Country("AA")
            .Agency("a", "AA", hours: OfficeHours.Weekdays(9 * 60, 17 * 60, null)).Agency("b", "AA")
            .Channel("ab", "a", "b", TestWorld.Fixed(Hour))
            .Alert("A", "a", priority: Priority.Routine);
        var result = Result(world.Build(epoch: Monday0200Utc));

        Assert.Equal(3600.0, ActsAtS(result, "b"));
    }

    [Fact]
    public void Issue_Origin_IsReachedAtIssueWithNoHops()
    {
        var world = new TestWorld().Country("AA").Agency("a", "AA").Agency("b", "AA")
            .Channel("ab", "a", "b", TestWorld.Fixed(Hour))
            .Alert("A", "a", at: Hour * 5);
        var result = Result(world.Build());

        var origin = Agency(result, "a")!;
        Assert.Equal(0.0, origin.TimeToReach.Mean);
        Assert.Equal(0.0, origin.Hops.Mean);
        Assert.Equal(1.0, origin.Reached.Value);
        // Times count from the alert's issue (5 h after the start), not from the scenario's start.
        Assert.Equal(3600.0, ActsAtS(result, "b"));
        Assert.Equal(1.0, Agency(result, "b")!.Hops.Mean);
    }

    [Fact]
    public void Issue_OriginWithoutRelayPolicy_SendsOnEveryChannel()
    {
        // An origin with relay: none still sends its own alert over all its channels (within scope).
        var world = new TestWorld().Country("AA").Agency("a", "AA", relays: false).Agency("b", "AA").Agency("c", "AA")
            .Channel("ab", "a", "b", TestWorld.Fixed(Hour)).Channel("ac", "a", "c", TestWorld.Fixed(Hour * 2))
            .Alert("A", "a");
        var result = Result(world.Build());

        Assert.Equal(3600.0, ActsAtS(result, "b"));
        Assert.Equal(7200.0, ActsAtS(result, "c"));
    }

    [Fact]
    public void Issue_Via_SendsOnlyOnTheNamedChannels()
    {
        var world = new TestWorld().Country("AA").Agency("a", "AA").Agency("b", "AA").Agency("c", "AA")
            .Channel("ab", "a", "b", TestWorld.Fixed(Hour)).Channel("ac", "a", "c", TestWorld.Fixed(Hour))
            .Alert("A", "a", via: ["ab"]);
        var result = Result(world.Build());

        Assert.Equal(3600.0, ActsAtS(result, "b"));
        Assert.Null(Agency(result, "c"));
        Assert.Equal(0.0, Channel(result, "ac").Messages);
    }
}
