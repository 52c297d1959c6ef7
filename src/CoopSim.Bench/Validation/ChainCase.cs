using CoopSim.Simulation.Engine;

namespace CoopSim.Bench.Validation;

/// <summary>One generated chain and its hypoexponential checks.</summary>
internal sealed record ChainCase(GeneratedScenario Scenario, IReadOnlyList<int> MeansMinutes) : IValidationCase
{
    public Hypoexponential Law => new(MeansMinutes.Select(m => 1 / (m * 60.0 - 1)).ToArray());

    public CaseVerdict Evaluate(SimulationRun run, ValidationLevel level)
    {
        var hops = MeansMinutes.Count;
        var times = RunReader.SecondsTo(run, "A", $"a{hops}").Select(t => t - hops).ToArray();
        var n = run.Replications.Count;
        var law = Law;
        var checks = new List<CheckOutcome> { CheckOutcome.Exact("replications reaching the end", n, times.Length, "") };
        if (times.Length < 2) return new CaseVerdict(Scenario, checks, []);

        var mean = times.Average();
        var variance = times.Sum(t => (t - mean) * (t - mean)) / (times.Length - 1);
        var meanSe = Math.Sqrt(law.Variance / times.Length);
        var varianceSe = Math.Sqrt(law.SampleVarianceVariance(times.Length));
        checks.Add(CheckOutcome.AtMost("KS distance", KolmogorovSmirnov.Statistic(times, law.Cdf), level.KsCritical(times.Length)));
        checks.Add(CheckOutcome.Within("mean time (h)", law.Mean / 3600, mean / 3600, meanSe / 3600, level.Z, "h"));
        checks.Add(CheckOutcome.Within("variance (h²)", law.Variance / 3600 / 3600, variance / 3600 / 3600, varianceSe / 3600 / 3600, level.Z, "h²"));
        return new CaseVerdict(Scenario, checks,
            [new PooledScore("mean", (mean - law.Mean) / meanSe), new PooledScore("variance", (variance - law.Variance) / varianceSe)]);
    }
}
