using CoopSim.Model;
using CoopSim.Simulation.Tracing;
using static CoopSim.Simulation.Tests.Rules.RuleRuns;

namespace CoopSim.Simulation.Tests.Rules;

/// <summary>docs/model.md, "Expiry" and "Horizon": the two time limits, and where each is measured from.</summary>
public sealed class HorizonRulesTests
{
    /// <summary>a → b over a fixed 1 h channel, b handling in a fixed 1 h: b can act 2 h after the alert's issue.</summary>
    private static TestWorld Chain(Duration issuedAt, Duration? expiry = null) => new TestWorld().Country("AA")
        .Agency("a", "AA").Agency("b", "AA", handling: TestWorld.Fixed(Hour)).Channel("ab", "a", "b", TestWorld.Fixed(Hour))
        .Alert("A", "a", at: issuedAt, expiry: expiry);

    [Fact]
    public void Horizon_ActExactlyAtTheHorizon_Counts()
    {
        Assert.Equal(7200.0, ActsAtS(Result(Chain(Duration.Zero).Build(horizon: Hour * 2)), "b"));
        Assert.Null(Agency(Result(Chain(Duration.Zero).Build(horizon: Hour * 2 - new Duration(1))), "b"));
    }

    [Fact]
    public void Horizon_CountsFromTheScenarioStart_NotTheIssue()
    {
        // Issued at 5 h, b could act at 7 h since the start: past a 6 h horizon although only 2 h after the issue.
        var scenario = Chain(Hour * 5).Build(horizon: Hour * 6);

        Assert.Null(Agency(Result(scenario), "b"));
        Assert.Single(Hops(scenario), h => h.Outcome == HopOutcome.BeyondHorizon && h.To == "b");
    }

    [Fact]
    public void Expiry_CountsFromTheIssue_AndIncludesTheLastMillisecond()
    {
        // Issued at 5 h with expiry 2 h: b acts 2 h after issue, exactly at expiry, which counts; 1 ms less does not.
        Assert.Equal(7200.0, ActsAtS(Result(Chain(Hour * 5, Hour * 2).Build()), "b"));
        var late = Chain(Hour * 5, Hour * 2 - new Duration(1)).Build();
        var result = Result(late);
        Assert.Null(Agency(result, "b"));
        Assert.Equal((1.0, 1.0), (Channel(result, "ab").Messages, Channel(result, "ab").Expired));
        Assert.Single(Hops(late), h => h.Outcome == HopOutcome.Expired && h.To == "b");
    }
}
