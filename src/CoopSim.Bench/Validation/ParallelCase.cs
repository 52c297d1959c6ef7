using CoopSim.Simulation.Engine;

namespace CoopSim.Bench.Validation;

/// <summary>One generated set of parallel paths and its minimum-of-paths checks.</summary>
internal sealed record ParallelCase(GeneratedScenario Scenario, IReadOnlyList<int[]> PathMeansMinutes) : IValidationCase
{
    private const int Steps = 20_000;

    public double Survival(double x)
    {
        var s = 1.0;
        foreach (var path in PathMeansMinutes)
            s *= new Hypoexponential(path.Select(m => 1 / (m * 60.0 - 1)).ToArray()).Survival(x - path.Length);
        return s;
    }

    /// <summary>E[T] and Var[T] from the survival function by Simpson's rule.</summary>
    public (double Mean, double Variance) Moments()
    {
        // Beyond 40 means of the fastest path the survival is below e^-40.
        var upper = 40 * PathMeansMinutes.Min(p => p.Sum() * 60.0) + 10;
        var h = upper / Steps;
        double m1 = 0, m2 = 0;
        for (var i = 0; i <= Steps; i++)
        {
            var x = i * h;
            var w = i == 0 || i == Steps ? 1 : i % 2 == 1 ? 4 : 2;
            var s = Survival(x);
            m1 += w * s;
            m2 += w * x * s;
        }

        var mean = m1 * h / 3;
        return (mean, 2 * m2 * h / 3 - mean * mean);
    }

    public CaseVerdict Evaluate(SimulationRun run, ValidationLevel level)
    {
        var times = RunReader.SecondsTo(run, "A", "t").ToArray();
        var n = run.Replications.Count;
        var checks = new List<CheckOutcome> { CheckOutcome.Exact("replications reaching t", n, times.Length, "") };
        if (times.Length < 2) return new CaseVerdict(Scenario, checks, []);
        var (expectedMean, variance) = Moments();
        var mean = times.Average();
        var se = Math.Sqrt(variance / times.Length);
        checks.Add(CheckOutcome.AtMost("KS distance", KolmogorovSmirnov.Statistic(times, x => 1 - Survival(x)), level.KsCritical(times.Length)));
        checks.Add(CheckOutcome.Within("mean time (h)", expectedMean / 3600, mean / 3600, se / 3600, level.Z, "h"));
        return new CaseVerdict(Scenario, checks, [new PooledScore("mean", (mean - expectedMean) / se)]);
    }
}
