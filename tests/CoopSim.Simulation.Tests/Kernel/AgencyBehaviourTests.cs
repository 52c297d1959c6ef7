using CoopSim.Model;
using CoopSim.Model.Scenario;
using CoopSim.Model.World;
using CoopSim.Simulation.Tracing;

namespace CoopSim.Simulation.Tests.Kernel;

public sealed class AgencyBehaviourTests
{
    private static readonly Duration Hour = Duration.FromHours(1);

    [Fact]
    public void Run_DiamondNetwork_RecipientActsOnceAndLaterCopyIsDuplicate()
    {
        var world = new TestWorld().Country("AA").Agency("a", "AA").Agency("b", "AA").Agency("c", "AA").Agency("d", "AA", relays: false)
            .Channel("ab", "a", "b", TestWorld.Fixed(Hour)).Channel("ac", "a", "c", TestWorld.Fixed(Hour * 3))
            .Channel("bd", "b", "d", TestWorld.Fixed(Hour)).Channel("cd", "c", "d", TestWorld.Fixed(Hour))
            .Alert("A", "a");
        var observer = new DeterminismTests.CollectingObserver();
        var run = RunHelpers.Run(world.Build(), 1, observer: observer);

        var d = run.Result.Alerts[0].Agencies.Single(x => x.Agency == "d");
        Assert.Equal(2 * 3600.0, d.TimeToReach.Mean);
        Assert.Equal(["a", "b", "d"], d.Path!.Agencies);
        var hops = observer.Traces[0].Hops;
        var duplicate = Assert.Single(hops, h => h.Outcome == HopOutcome.Duplicate);
        Assert.Equal("cd", duplicate.Channel);
        var first = hops[duplicate.FirstDeliveryHopId];
        Assert.Equal("bd", first.Channel);
        Assert.Equal("ab", hops[first.ParentHopId].Channel);
    }

    [Fact]
    public void Run_AlertExpiredOnArrival_IsNotActedOn()
    {
        var world = new TestWorld().Country("AA").Agency("a", "AA").Agency("b", "AA").Agency("c", "AA")
            .Channel("ab", "a", "b", TestWorld.Fixed(Hour)).Channel("bc", "b", "c", TestWorld.Fixed(Hour * 5))
            .Alert("A", "a", expiry: Hour * 3);
        var observer = new DeterminismTests.CollectingObserver();
        var run = RunHelpers.Run(world.Build(), 1, observer: observer);

        Assert.DoesNotContain(run.Result.Alerts[0].Agencies, x => x.Agency == "c");
        Assert.Contains(observer.Traces[0].Hops, h => h.To == "c" && h.Outcome == HopOutcome.Expired);
    }

    [Fact]
    public void Run_AlertArrivingBeforeExpiryButActableAfter_IsNeitherActedOnNorRelayed()
    {
        // Arrival at 2 h, fixed 2 h handling: b could act at 4 h, after the 3 h expiry.
        var world = new TestWorld().Country("AA").Agency("a", "AA").Agency("b", "AA", handling: TestWorld.Fixed(Hour * 2)).Agency("c", "AA")
            .Channel("ab", "a", "b", TestWorld.Fixed(Hour * 2)).Channel("bc", "b", "c", TestWorld.Fixed(Duration.Zero))
            .Alert("A", "a", expiry: Hour * 3);
        var observer = new DeterminismTests.CollectingObserver();
        var run = RunHelpers.Run(world.Build(), 1, observer: observer);

        Assert.Equal(["a"], run.Result.Alerts[0].Agencies.Where(x => x.Reached.Successes > 0).Select(x => x.Agency));
        Assert.Contains(observer.Traces[0].Hops, h => h.To == "b" && h.Outcome == HopOutcome.Expired);
        Assert.DoesNotContain(observer.Traces[0].Hops, h => h.To == "c");
    }

    [Fact]
    public void Run_AlertActableExactlyAtExpiry_IsActedOn()
    {
        // The same chain with a 4 h expiry: b acts at 4 h (not after it) and relays; c gets it at 4 h too.
        var world = new TestWorld().Country("AA").Agency("a", "AA").Agency("b", "AA", handling: TestWorld.Fixed(Hour * 2)).Agency("c", "AA")
            .Channel("ab", "a", "b", TestWorld.Fixed(Hour * 2)).Channel("bc", "b", "c", TestWorld.Fixed(Duration.Zero))
            .Alert("A", "a", expiry: Hour * 4);
        var run = RunHelpers.Run(world.Build(), 1);

        var b = run.Result.Alerts[0].Agencies.Single(x => x.Agency == "b");
        Assert.Equal(4 * 3600.0, b.TimeToReach.Mean);
        Assert.Equal(4 * 3600.0, run.Result.Alerts[0].Agencies.Single(x => x.Agency == "c").TimeToReach.Mean);
    }

    [Fact]
    public void Run_OutageThatHolds_DeliversWhenChannelReturns()
    {
        var world = new TestWorld().Country("AA").Agency("a", "AA").Agency("b", "AA")
            .Channel("ab", "a", "b", TestWorld.Fixed(Hour)).Outage("ab", Duration.Zero, Hour * 10, OutageMode.Hold)
            .Alert("A", "a");
        var run = RunHelpers.Run(world.Build(), 1);

        var b = run.Result.Alerts[0].Agencies.Single(x => x.Agency == "b");
        Assert.Equal(11 * 3600.0, b.TimeToReach.Mean);
        Assert.Equal(10 * 3600.0, b.Breakdown.Held);
        Assert.Equal(1, run.Result.Channels.Single().Held);
    }

    [Fact]
    public void Run_OutageThatDrops_LosesTheRelayAndReroutes()
    {
        var world = new TestWorld().Country("AA").Agency("a", "AA").Agency("b", "AA").Agency("c", "AA")
            .Channel("ab", "a", "b", TestWorld.Fixed(Hour)).Channel("ac", "a", "c", TestWorld.Fixed(Hour)).Channel("cb", "c", "b", TestWorld.Fixed(Hour))
            .Outage("ab", Duration.Zero, Hour * 10, OutageMode.Drop)
            .Alert("A", "a");
        var run = RunHelpers.Run(world.Build(), 1);

        var b = run.Result.Alerts[0].Agencies.Single(x => x.Agency == "b");
        Assert.Equal(["a", "c", "b"], b.Path!.Agencies);
        Assert.Equal(1, run.Result.Alerts[0].LostRelays.Mean);
    }

    [Fact]
    public void Run_DestinationOutsideScope_IsNotRelayedTo()
    {
        var world = new TestWorld().Country("AA").Country("BB").Country("CC")
            .Agency("a", "AA").Agency("b", "BB").Agency("c", "CC").Agency("hub", "CC", international: true).Agency("b2", "BB")
            .Channel("ab", "a", "b", TestWorld.Fixed(Hour)).Channel("ac", "a", "c", TestWorld.Fixed(Hour))
            .Channel("ah", "a", "hub", TestWorld.Fixed(Hour)).Channel("hb", "hub", "b2", TestWorld.Fixed(Hour))
            .Alert("A", "a", scope: ["BB"]);
        var reached = RunHelpers.Run(world.Build(), 1).Result.Alerts[0].Agencies.Select(x => x.Agency).ToArray();

        Assert.Equal(["a", "b", "b2", "hub"], reached);
    }

    [Fact]
    public void Run_TranslationAndLegalReview_AddToTheHop()
    {
        var world = new TestWorld().Country("AA", language: "aa").Country("BB", language: "bb")
            .Agency("a", "AA").Agency("b", "BB")
            .Channel("ab", "a", "b", TestWorld.Fixed(Hour), translation: TranslationMode.Auto, legalReview: true)
            .Alert("A", "a");
        var b = RunHelpers.Run(world.Build(), 200).Result.Alerts[0].Agencies.Single(x => x.Agency == "b");

        // Defaults: translation uniform 2–48 h (mean 25 h), legal review uniform 4 h – 5 d (mean 62 h).
        Assert.InRange(b.Breakdown.Translation / 3600, 22, 28);
        Assert.InRange(b.Breakdown.LegalReview / 3600, 55, 69);
        Assert.Equal(b.TimeToReach.Mean, b.Breakdown.Total, 1);
    }

    [Fact]
    public void Run_BlockReachesBorderBeforeSubject_CountsAsInterception()
    {
        var world = new TestWorld().Country("AA").Country("BB")
            .Agency("origin", "AA").Agency("border", "BB", capabilities: Capability.BlockEntry)
            .Channel("c", "origin", "border", TestWorld.Exp(60, 2))
            .Alert("B", "origin", subject: "s", kind: AlertKind.EntryBlock)
            .Subject("s", new ItineraryStop("BB", Hour * 3));
        var run = RunHelpers.Run(world.Build(), 4000);

        // P(1 min + Exp(mean 2h - 1 min) < 3 h) = 1 - exp(-(179/119)).
        var expected = 1 - Math.Exp(-179.0 / 119.0);
        var intercepted = run.Result.Subjects.Single().Intercepted;
        Assert.InRange(expected, intercepted.CiLow, intercepted.CiHigh);
    }
}
