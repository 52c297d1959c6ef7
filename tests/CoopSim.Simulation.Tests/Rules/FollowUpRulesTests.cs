using CoopSim.Model;
using CoopSim.Model.Scenario;
using CoopSim.Model.World;
using CoopSim.Simulation.Engine;
using CoopSim.Studies.Output;
using static CoopSim.Simulation.Tests.Rules.RuleRuns;

namespace CoopSim.Simulation.Tests.Rules;

/// <summary>docs/model.md, "Channel": a channel's follow-up sends a dropped or lost message again.</summary>
public sealed class FollowUpRulesTests
{
    /// <summary>a → b over one channel with a fixed 1 h transit; the alert is issued at 0.</summary>
    private static TestWorld OneHop(FollowUp? followUp, double loss = 0) => new TestWorld().Country("AA").Agency("a", "AA").Agency("b", "AA")
        .Channel("ab", "a", "b", TestWorld.Fixed(Hour), loss: loss, followUp: followUp)
        .Alert("A", "a");

    [Fact]
    public void FollowUp_DroppedTwice_ThirdSendAfterTheOutageArrives()
    {
        // Sends at 0 and 2 h are dropped by [0, 3h); the one at 4 h goes through and arrives at 5 h.
        var result = Result(OneHop(new FollowUp(Hour * 2, 3)).Outage("ab", Duration.Zero, Hour * 3, OutageMode.Drop).Build());

        Assert.Equal(5 * 3600.0, ActsAtS(result, "b"));
        var ab = Channel(result, "ab");
        Assert.Equal((3.0, 2.0, 0.0), (ab.Messages, ab.DroppedByOutage, ab.Lost));
        Assert.Equal(2.0, result.Alerts[0].LostRelays.Mean);
    }

    [Fact]
    public void FollowUp_TriesUsedUp_SenderGivesUp()
    {
        // Tries: 2 follow-ups at 2 h and 4 h, both inside [0, 10h): three messages, none arrives, no fourth.
        var result = Result(OneHop(new FollowUp(Hour * 2, 2)).Outage("ab", Duration.Zero, Hour * 10, OutageMode.Drop).Build());

        Assert.Null(Agency(result, "b"));
        Assert.Equal((3.0, 3.0), (Channel(result, "ab").Messages, Channel(result, "ab").DroppedByOutage));
    }

    [Fact]
    public void FollowUp_LostMessages_AreSentAgainLikeDroppedOnes()
    {
        // Every message is lost (loss 1): the first send and its three follow-ups.
        var result = Result(OneHop(new FollowUp(Hour, 3), loss: 1).Build());

        Assert.Equal((4.0, 4.0), (Channel(result, "ab").Messages, Channel(result, "ab").Lost));
    }

    [Fact]
    public void FollowUp_DueAfterTheHorizon_IsNotSent()
    {
        // The follow-up would leave at 2 h; the horizon is 1 h 30 m after the start.
        var result = Result(OneHop(new FollowUp(Hour * 2, 3)).Outage("ab", Duration.Zero, Hour, OutageMode.Drop)
            .Build(horizon: Hour + Minute * 30));

        Assert.Equal(1.0, Channel(result, "ab").Messages);
    }

    [Fact]
    public void FollowUp_HeldMessage_IsNotSentAgain()
    {
        // A hold delays the message; it still arrives, so the sender hears back and sends nothing more.
        var result = Result(OneHop(new FollowUp(Hour, 3)).Outage("ab", Duration.Zero, Hour * 3, OutageMode.Hold).Build());

        Assert.Equal(4 * 3600.0, ActsAtS(result, "b"));
        Assert.Equal(1.0, Channel(result, "ab").Messages);
    }

    [Fact]
    public void FollowUp_SweepOfTheDropOutagesEnd_IsNoLongerFlat()
    {
        // Without follow-ups a drop outage from 0 costs the message whatever its length: the sweep of its end gives
        // the same row each time. With a follow-up every 2 h (three at most), a one-hour outage costs 2 h, a
        // five-hour one 6 h, and a week the message.
        double? ActsAt(FollowUp? followUp, Duration outageEnd)
        {
            var result = Result(OneHop(followUp).Outage("ab", Duration.Zero, outageEnd, OutageMode.Drop).Build());
            return Agency(result, "b") is null ? null : ActsAtS(result, "b") / 3600.0;
        }

        Duration[] ends = [Hour, Hour * 5, Duration.FromDays(7)];
        Assert.Equal([null, null, null], ends.Select(e => ActsAt(null, e)));
        Assert.Equal([3.0, 7.0, null], ends.Select(e => ActsAt(new FollowUp(Hour * 2, 3), e)));
    }

    [Theory]
    [InlineData(3, ParallelMode.Windows)]
    [InlineData(2, ParallelMode.Replications)]
    public void FollowUp_AnyWorkerCountOrMode_GivesIdenticalJson(int workers, ParallelMode mode)
    {
        // Lossy channels with follow-ups both ways, random transits: the follow-ups are the sender's own events,
        // so partitions and windows must order them as one worker does.
        var scenario = new TestWorld().Country("AA").Agency("a", "AA").Agency("b", "AA").Agency("c", "AA")
            .Channel("ab", "a", "b", TestWorld.Exp(60, 1), loss: 0.4, twoWay: true, followUp: new FollowUp(Minute * 30, 2))
            .Channel("bc", "b", "c", TestWorld.Exp(60, 2), loss: 0.3, followUp: new FollowUp(Hour, 3))
            .Channel("ac", "a", "c", TestWorld.Exp(60, 5), loss: 0.5)
            .Outage("bc", Hour, Hour * 3, OutageMode.Drop)
            .Alert("A", "a").Alert("B", "b", at: Hour).Build();

        var reference = ResultJsonWriter.ToJson(RunHelpers.Run(scenario, 200, seed: 11).Result);
        var other = ResultJsonWriter.ToJson(RunHelpers.Run(scenario, 200, seed: 11, workers, mode).Result);

        Assert.Equal(reference, other);
    }
}
