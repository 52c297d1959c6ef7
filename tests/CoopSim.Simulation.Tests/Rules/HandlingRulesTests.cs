using CoopSim.Model;
using CoopSim.Model.Distributions;
using CoopSim.Model.World;
using static CoopSim.Simulation.Tests.Rules.RuleRuns;

namespace CoopSim.Simulation.Tests.Rules;

/// <summary>docs/model.md, "Handling", "Translation" and "Legal review": the delays drawn when a copy arrives.</summary>
public sealed class HandlingRulesTests
{
    [Fact]
    public void Handling_TwoAlertsAtOneDesk_AreHandledSideBySide()
    {
        // Both arrive at 1 h and take a fixed 3 h: without capacity, neither waits for the other.
        var world = new TestWorld().Country("AA").Agency("a", "AA").Agency("b", "AA", handling: TestWorld.Fixed(Hour * 3))
            .Channel("ab", "a", "b", TestWorld.Fixed(Hour)).Alert("A", "a").Alert("B", "a");
        var result = Result(world.Build());

        Assert.Equal(4 * 3600.0, ActsAtS(result, "b", 0));
        Assert.Equal(4 * 3600.0, ActsAtS(result, "b", 1));
        Assert.Equal(3 * 3600.0, Agency(result, "b", 1)!.Breakdown.Queue);
    }

    [Fact]
    public void Handling_KindRuleAndPriorityRule_KindWinsWhateverTheirOrder()
    {
        HandlingDelay byPriority = new(null, Priority.Urgent, TestWorld.Fixed(Hour)), byKind = new(AlertKind.WantedPerson, null, TestWorld.Fixed(Hour * 5));
        var world = new TestWorld().Country("AA").Agency("a", "AA")
            .Agency("b1", "AA", rules: [byPriority, byKind]).Agency("b2", "AA", rules: [byKind, byPriority])
            .Channel("a1", "a", "b1", TestWorld.Fixed(Hour)).Channel("a2", "a", "b2", TestWorld.Fixed(Hour))
            .Alert("A", "a", priority: Priority.Urgent, kind: AlertKind.WantedPerson);
        var result = Result(world.Build());

        Assert.Equal(6 * 3600.0, ActsAtS(result, "b1"));
        Assert.Equal(6 * 3600.0, ActsAtS(result, "b2"));
    }

    [Fact]
    public void Handling_LognormalMinimum_IsAClampNotAShift()
    {
        // Median 10 min, p90 20 min, min 1 h: nearly every draw is below 1 h and becomes exactly 1 h (a shift would
        // give a median of 1 h 10 min).
        var lognormal = new LogNormalDelay(Minute * 10, Minute * 20, Hour);
        var world = new TestWorld().Country("AA").Agency("a", "AA").Agency("b", "AA", handling: lognormal)
            .Channel("ab", "a", "b", TestWorld.Fixed(Hour)).Alert("A", "a");
        var b = Agency(Result(world.Build(), 200), "b")!;

        Assert.Equal(2 * 3600.0, b.TimeToReach.P50);
        Assert.Equal(2 * 3600.0, b.TimeToReach.P90);
        Assert.Equal(2 * 3600.0, b.TimeToReach.Min);
    }

    [Fact]
    public void TranslationAndLegalReview_FixedDelays_AddAfterArrival()
    {
        var world = new TestWorld().Country("AA").Agency("a", "AA").Agency("b", "AA", handling: TestWorld.Fixed(Minute * 30))
            .Channel("ab", "a", "b", TestWorld.Fixed(Hour), translation: TranslationMode.Always, legalReview: true,
                translationDelay: TestWorld.Fixed(Hour * 3), legalReviewDelay: TestWorld.Fixed(Hour * 5))
            .Alert("A", "a");
        var b = Agency(Result(world.Build()), "b")!;

        Assert.Equal(9.5 * 3600.0, b.TimeToReach.Mean);
        Assert.Equal(3600.0, b.Arrival.Mean);
        Assert.Equal((3600.0, 1800.0, 3 * 3600.0, 5 * 3600.0), (b.Breakdown.Transit, b.Breakdown.Queue, b.Breakdown.Translation, b.Breakdown.LegalReview));
    }
}
