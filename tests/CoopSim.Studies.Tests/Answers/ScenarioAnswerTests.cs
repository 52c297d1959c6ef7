using CoopSim.Model;
using CoopSim.Model.Scenario;
using CoopSim.Simulation.Statistics;
using CoopSim.Simulation.Tests;
using CoopSim.Studies.Answers;

namespace CoopSim.Studies.Tests.Answers;

public sealed class ScenarioAnswerTests
{
    // One hop: lost with probability 0.25, else exponential with mean 2 h (above a 1 s minimum), no handling delay.
    private const double Loss = 0.25;
    private const double MeanSeconds = 7200 - 1;

    private static ScenarioModel LossyHop(Duration? within) =>
        new TestWorld().Country("AA").Agency("a0", "AA").Agency("a1", "AA", handling: TestWorld.Fixed(Duration.Zero))
            .Channel("c", "a0", "a1", TestWorld.Exp(1, 2), loss: Loss).Alert("A", "a0").Build() with
        {
            Answer = new AnswerSpec("A", "a1", null, null, within, new SourceLocation("test.yaml", 1, 1)),
        };

    [Fact]
    public void Evaluate_LossyExponentialHop_MatchesClosedForm()
    {
        const int n = 4000;
        var run = RunHelpers.Run(LossyHop(Duration.FromHours(2)), n);
        var answer = ScenarioAnswerEvaluator.Evaluate(LossyHop(Duration.FromHours(2)), run)!;

        // Reach 1 − loss; within 2 h: (1 − loss)(1 − e^(−(7200 − 1)/7199)) = 0.75 (1 − 1/e).
        var withinExpected = (1 - Loss) * (1 - Math.Exp(-1));
        Assert.InRange(answer.Reached.Value, 0.75 - 4 * Sd(0.75, n), 0.75 + 4 * Sd(0.75, n));
        Assert.InRange(answer.WithinShare!.Value, withinExpected - 4 * Sd(withinExpected, n), withinExpected + 4 * Sd(withinExpected, n));

        // Median over all runs (lost ones count as never): (1 − loss) F(t) = 1/2, so F(t) = 2/3, t = 1 s + 7199 s · ln 3.
        var medianHours = (1 + MeanSeconds * Math.Log(3)) / 3600;
        Assert.InRange(answer.MedianHours, medianHours * 0.93, medianHours * 1.07);

        // Fewer than 9 runs in 10 get there at all, so "9 in 10 by" is never.
        Assert.True(double.IsPositiveInfinity(answer.P90Hours));
    }

    [Fact]
    public void Evaluate_RunTableAndAnswer_UseTheSameMedianAndP90()
    {
        var scenario = LossyHop(null);
        var run = RunHelpers.Run(scenario, 500);
        var answer = ScenarioAnswerEvaluator.Evaluate(scenario, run)!;
        var agency = run.Result.Alerts[0].Agencies.Single(a => a.Agency == "a1");

        Assert.Equal(answer.MedianHours * 3600, agency.TimeToReach.P50, 6);
        Assert.Equal(double.PositiveInfinity, agency.TimeToReach.P90);

        // The mean stays over the runs that got there: close to the exponential's own mean, not infinite.
        Assert.InRange(agency.TimeToReach.Mean, 0.85 * 7200, 1.15 * 7200);
    }

    [Fact]
    public void SummarizeTimes_SixOfTenReached_CountsTheRestAsNever()
    {
        var s = Stats.SummarizeTimes([1, 2, 3, 4, 5, 6], 10);
        Assert.Equal(5, s.P50);                       // nearest rank ⌈0.5 · 10⌉ = 5th of 1..6, ∞ ×4
        Assert.Equal(double.PositiveInfinity, s.P90);
        Assert.Equal(3.5, s.Mean);
        Assert.Equal(6, s.N);
    }

    private static double Sd(double p, int n) => Math.Sqrt(p * (1 - p) / n);
}
