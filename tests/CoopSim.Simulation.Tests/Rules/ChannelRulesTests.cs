using CoopSim.Model;
using CoopSim.Model.Scenario;
using static CoopSim.Simulation.Tests.Rules.RuleRuns;

namespace CoopSim.Simulation.Tests.Rules;

/// <summary>docs/model.md, "Channel": outages (tested as a message leaves), losses, and what each counts.</summary>
public sealed class ChannelRulesTests
{
    /// <summary>a → m (1 h) → b (1 h): m sends to b at exactly 1 h, over the channel the outage is on.</summary>
    private static TestWorld Relay() => new TestWorld().Country("AA").Agency("a", "AA").Agency("m", "AA").Agency("b", "AA")
        .Channel("am", "a", "m", TestWorld.Fixed(Hour)).Channel("mb", "m", "b", TestWorld.Fixed(Hour))
        .Alert("A", "a");

    [Fact]
    public void Send_MessageLeavingWhenTheOutageEnds_IsNotHeld()
    {
        // Windows are half-open [from, until): a message leaving at `until` goes at once, one leaving 1 ms earlier waits.
        var atEnd = Result(Relay().Outage("mb", Duration.Zero, Hour, OutageMode.Hold).Build());
        var justBefore = Result(Relay().Outage("mb", Duration.Zero, Hour + new Duration(1), OutageMode.Hold).Build());

        Assert.Equal(7200.0, ActsAtS(atEnd, "b"));
        Assert.Equal(0.0, Channel(atEnd, "mb").Held);
        Assert.Equal(7200.001, ActsAtS(justBefore, "b"));
        Assert.Equal(1.0, Channel(justBefore, "mb").Held);
    }

    [Fact]
    public void Send_MessageLeavingWhenTheOutageStarts_IsHeldUntilItEnds()
    {
        var result = Result(Relay().Outage("mb", Hour, Hour * 3, OutageMode.Hold).Build());

        Assert.Equal(4 * 3600.0, ActsAtS(result, "b"));
        Assert.Equal(2 * 3600.0, Agency(result, "b")!.Breakdown.Held);
    }

    [Fact]
    public void Send_MessageInFlightWhenTheOutageStarts_ArrivesOnTime()
    {
        var result = Result(Relay().Outage("am", Minute, Hour * 10, OutageMode.Drop).Build());

        Assert.Equal(3600.0, ActsAtS(result, "m"));
        Assert.Equal(0.0, Channel(result, "am").DroppedByOutage);
    }

    [Fact]
    public void Send_HoldEndingInsideAnotherWindow_HoldsAgain()
    {
        var result = Result(Relay().Outage("am", Duration.Zero, Hour * 2, OutageMode.Hold).Outage("am", Hour, Hour * 5, OutageMode.Hold).Build());

        Assert.Equal(6 * 3600.0, ActsAtS(result, "m"));
        Assert.Equal(1.0, Channel(result, "am").Held);
    }

    [Fact]
    public void Send_HoldEndingInsideADropWindow_IsDroppedAndCountedAsADropOnly()
    {
        var result = Result(Relay().Outage("am", Duration.Zero, Hour * 2, OutageMode.Hold).Outage("am", Hour, Hour * 5, OutageMode.Drop).Build());

        Assert.Null(Agency(result, "m"));
        var am = Channel(result, "am");
        Assert.Equal((1.0, 1.0, 0.0, 0.0), (am.Messages, am.DroppedByOutage, am.Lost, am.Held));
        Assert.Equal(1.0, result.Alerts[0].LostRelays.Mean);
    }

    [Fact]
    public void Send_OutageOnTwoWayChannel_ClosesBothDirections()
    {
        var world = new TestWorld().Country("AA").Agency("a", "AA").Agency("b", "AA")
            .Channel("ab", "a", "b", TestWorld.Fixed(Hour), twoWay: true).Outage("ab", Duration.Zero, Hour * 10, OutageMode.Drop)
            .Alert("A", "a").Alert("B", "b");
        var result = Result(world.Build());

        Assert.Null(Agency(result, "b", 0));
        Assert.Null(Agency(result, "a", 1));
        Assert.Equal(2.0, Channel(result, "ab").DroppedByOutage);
    }

    [Fact]
    public void Send_LostMessage_CountsAsMessageLossAndLostRelay()
    {
        var world = new TestWorld().Country("AA").Agency("a", "AA").Agency("b", "AA")
            .Channel("ab", "a", "b", TestWorld.Fixed(Hour), loss: 1.0).Alert("A", "a");
        var result = Result(world.Build());

        var ab = Channel(result, "ab");
        Assert.Equal((1.0, 1.0, 0.0), (ab.Messages, ab.Lost, ab.DroppedByOutage));
        Assert.Equal(1.0, result.Alerts[0].LostRelays.Mean);
        Assert.Null(Agency(result, "b"));
    }

    [Fact]
    public void Send_ArrivalBeyondHorizon_IsAMessageButNotALostRelay()
    {
        var world = new TestWorld().Country("AA").Agency("a", "AA").Agency("b", "AA")
            .Channel("ab", "a", "b", TestWorld.Fixed(Hour)).Alert("A", "a");
        var result = Result(world.Build(horizon: Minute * 30));

        Assert.Equal(1.0, Channel(result, "ab").Messages);
        Assert.Equal(0.0, result.Alerts[0].LostRelays.Mean);
        Assert.Null(Agency(result, "b"));
    }

    [Fact]
    public void Relay_NeverBackToTheSender_ButToNeighboursThatHoldIt()
    {
        // A triangle of two-way channels: a sends to b and c; b and c each relay to the other (who already has it),
        // never back to a.
        var world = new TestWorld().Country("AA").Agency("a", "AA").Agency("b", "AA").Agency("c", "AA")
            .Channel("ab", "a", "b", TestWorld.Fixed(Hour), twoWay: true).Channel("ac", "a", "c", TestWorld.Fixed(Hour), twoWay: true)
            .Channel("bc", "b", "c", TestWorld.Fixed(Hour), twoWay: true)
            .Alert("A", "a");
        var result = Result(world.Build());

        Assert.Equal(1.0, Channel(result, "ab").Messages);
        Assert.Equal(1.0, Channel(result, "ac").Messages);
        Assert.Equal(2.0, Channel(result, "bc").Messages);
    }
}
