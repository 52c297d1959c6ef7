using static CoopSim.Simulation.Tests.Rules.RuleRuns;

namespace CoopSim.Simulation.Tests.Rules;

/// <summary>docs/model.md, "Counting": how replications become the figures of a result.</summary>
public sealed class CountingRulesTests
{
    [Fact]
    public void Percentiles_AtomPastTheExactBudget_ReportTheValueThatOccurred()
    {
        // 5,000 replications (past the 4,096 kept exactly) of a fixed 10 h channel: every percentile is exactly 36,000 s.
        var world = new TestWorld().Country("AA").Agency("a", "AA").Agency("b", "AA")
            .Channel("ab", "a", "b", TestWorld.Fixed(Hour * 10)).Alert("A", "a");
        var b = Agency(Result(world.Build(), 5_000), "b")!;

        Assert.Equal((36_000.0, 36_000.0, 36_000.0), (b.TimeToReach.P50, b.TimeToReach.P90, b.TimeToReach.P99));
    }

    [Fact]
    public void Percentiles_NeverReachedReplications_CountAsNever()
    {
        // Half the messages are lost on average: the median is over all replications, so it is at most the time or "never".
        var world = new TestWorld().Country("AA").Agency("a", "AA").Agency("b", "AA")
            .Channel("ab", "a", "b", TestWorld.Fixed(Hour), loss: 0.5).Alert("A", "a");
        var b = Agency(Result(world.Build(), 400), "b")!;

        Assert.Equal(3600.0, b.TimeToReach.Mean);
        Assert.Equal(double.PositiveInfinity, b.TimeToReach.P90);
    }
}
