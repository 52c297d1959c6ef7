using CoopSim.Simulation.Engine;

namespace CoopSim.Bench.Validation;

/// <summary>Runs generated worlds as a user would (YAML in, the in-process engine, results out) and pools their scores.</summary>
internal static class ValidationRunner
{
    /// <summary>Loads the world's YAML, runs it with its own seed and replications, and checks it.</summary>
    public static CaseVerdict Run(IValidationCase validationCase, ValidationLevel level) =>
        Run(validationCase, validationCase.Scenario, level);

    /// <summary>
    /// Runs <paramref name="asRun"/> but checks it against <paramref name="validationCase"/>'s closed form: a world
    /// edited to behave like a wrong kernel (every transit 2% longer) shows whether the checks would notice.
    /// </summary>
    public static CaseVerdict Run(IValidationCase validationCase, GeneratedScenario asRun, ValidationLevel level)
    {
        var scenario = asRun.Load();
        var options = new RunOptions(scenario.Run.Replications, scenario.Run.Seed, Workers: 1);
        var run = new InProcessEngine().RunAsync(scenario, options).GetAwaiter().GetResult();
        return validationCase.Evaluate(run, level);
    }

    /// <summary>
    /// Stouffer's Z = Σz / √W for each pooled statistic: N(0, 1) when every world follows its closed form,
    /// so it is held to the same Bonferroni critical value as a single check.
    /// </summary>
    public static IReadOnlyList<CheckOutcome> Pooled(IValidationFamily family, IReadOnlyList<CaseVerdict> verdicts, ValidationLevel level) =>
        family.PooledScores.Select(name =>
        {
            var scores = verdicts.SelectMany(v => v.Scores).Where(s => s.Name == name).Select(s => s.Z).ToArray();
            var z = scores.Length == 0 ? 0 : scores.Sum() / Math.Sqrt(scores.Length);
            return CheckOutcome.Within($"pooled {name}: Stouffer Z over {scores.Length} terms", 0, z, 1, level.Z, "z");
        }).ToArray();
}
