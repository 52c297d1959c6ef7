using CoopSim.Simulation.Engine;

namespace CoopSim.Bench.Validation;

/// <summary>One generated lossy chain and its product-of-survivals checks.</summary>
internal sealed record LossCase(GeneratedScenario Scenario, IReadOnlyList<double> Losses) : IValidationCase
{
    public CaseVerdict Evaluate(SimulationRun run, ValidationLevel level)
    {
        var n = run.Replications.Count;
        var checks = new List<CheckOutcome>();
        var scores = new List<PooledScore>();
        var expected = 1.0;
        var reachedBefore = n;
        for (var j = 1; j <= Losses.Count; j++)
        {
            var loss = Losses[j - 1];
            expected *= 1 - loss;
            var reached = RunReader.SecondsTo(run, "A", $"a{j}").Count;
            if (loss > 0 && reachedBefore > 0)
            {
                var channelSe = Math.Sqrt(reachedBefore * loss * (1 - loss));
                scores.Add(new PooledScore(LossFamily.ChannelScore(loss), (reached - reachedBefore * (1 - loss)) / channelSe));
            }

            reachedBefore = reached;
            var share = reached / (double)n;
            var se = Math.Sqrt(expected * (1 - expected) / n);
            checks.Add(se == 0
                ? CheckOutcome.Exact($"reach of a{j}", expected, share, "")
                : CheckOutcome.Within($"reach of a{j}", expected, share, se, level.Z, ""));
            if (j == Losses.Count && se > 0) scores.Add(new PooledScore("reach of the last agency", (share - expected) / se));
        }

        return new CaseVerdict(Scenario, checks, scores);
    }
}
