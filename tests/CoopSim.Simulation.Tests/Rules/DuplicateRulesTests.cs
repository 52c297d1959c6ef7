using CoopSim.Model;
using CoopSim.Model.World;
using CoopSim.Simulation.Tracing;
using static CoopSim.Simulation.Tests.Rules.RuleRuns;

namespace CoopSim.Simulation.Tests.Rules;

/// <summary>docs/model.md, "Act and duplicates": which copy an agency acts on when several reach it.</summary>
public sealed class DuplicateRulesTests
{
    /// <summary>
    /// Two copies reach b: over ab at 1 h needing <paramref name="translation"/>, and over a → a2 → b at 2 h needing none.
    /// </summary>
    private static TestWorld TwoCopies(Duration translation, Duration? expiry = null) => new TestWorld().Country("AA")
        .Agency("a", "AA").Agency("a2", "AA").Agency("b", "AA")
        .Channel("ab", "a", "b", TestWorld.Fixed(Hour), translation: TranslationMode.Always, translationDelay: TestWorld.Fixed(translation))
        .Channel("aa2", "a", "a2", TestWorld.Fixed(Hour)).Channel("a2b", "a2", "b", TestWorld.Fixed(Hour))
        .Alert("A", "a", expiry: expiry);

    [Fact]
    public void Act_EarlierCopyThatActsLater_LosesToTheCopyThatActsFirst()
    {
        var scenario = TwoCopies(Hour * 10).Build();
        var b = Agency(Result(scenario), "b")!;

        Assert.Equal(2 * 3600.0, b.TimeToReach.Mean);
        Assert.Equal(2 * 3600.0, b.Arrival.Mean);
        Assert.Equal(["a", "a2", "b"], b.Path!.Agencies);
        var duplicate = Assert.Single(Hops(scenario), h => h.Outcome == HopOutcome.Duplicate);
        Assert.Equal("ab", duplicate.Channel);
    }

    [Fact]
    public void Act_EarlierCopyThatWouldActAfterExpiry_DoesNotBlockALaterCopy()
    {
        var scenario = TwoCopies(Hour * 10, expiry: Hour * 5).Build();

        var result = Result(scenario);
        Assert.Equal(2 * 3600.0, ActsAtS(result, "b"));
        Assert.Single(Hops(scenario), h => h.Outcome == HopOutcome.Expired && h.Channel == "ab");
        Assert.Equal((1.0, 0.0), (Channel(result, "ab").Expired, Channel(result, "a2b").Expired));
    }

    [Fact]
    public void Act_TwoCopiesActingAtOneInstant_TheOneThatArrivedFirstWins()
    {
        // Over ab: arrives 1 h, translated in 1 h, acts at 2 h. Over a2: arrives 2 h, acts at 2 h. The first arrival wins the tie.
        var b = Agency(Result(TwoCopies(Hour).Build()), "b")!;

        Assert.Equal(2 * 3600.0, b.TimeToReach.Mean);
        Assert.Equal(3600.0, b.Arrival.Mean);
        Assert.Equal(["a", "b"], b.Path!.Agencies);
    }
}
