using CoopSim.Model;
using CoopSim.Model.Scenario;
using CoopSim.Scenarios.Uncertainty;
using CoopSim.Simulation.Engine;
using CoopSim.Simulation.Statistics;
using CoopSim.Studies.Answers;

namespace CoopSim.Studies.Sensitivity;

/// <summary>
/// Two-level Monte Carlo: an outer Latin-hypercube sample of the uncertain inputs, an inner set of replications at
/// each point. Unlike a sensitivity study, each point runs its own seed (derived from the scenario's), so the
/// runs' chance is independent between points and the spread of the points splits cleanly: the points' variance
/// minus the mean binomial variance p (1 − p) / (R − 1) of a share of R runs is the inputs' part.
/// </summary>
public static class TwoLevelRunner
{
    public static OutputMeasure HeadlineShare(ScenarioModel scenario, AnswerSpec target) =>
        new("answer", "the answer's share", true, run => Share(ScenarioAnswerEvaluator.Evaluate(scenario, run, target)!)) { Sampled = target };

    public static async Task<TwoLevelResult> RunAsync(PointRunner runner, AnswerSpec target, UncertaintyModel model, int points, int replications, ulong seed,
        IProgress<int>? pointsDone = null, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(points, 2);
        var design = LatinHypercube.Sample(points, model.Inputs.Count, seed);
        var seeds = Enumerable.Range(0, points).Select(j => SimRandom.ForStream(seed, j, "two-level/outer").NextUInt64()).ToArray();
        var values = await runner.RunAsync(design, pointsDone, cancellationToken, seeds);

        var mean = values.Average();
        var spread = values.Sum(v => (v - mean) * (v - mean)) / (points - 1);
        var noise = replications > 1 ? values.Average(p => p * (1 - p) / (replications - 1)) : 0;
        var sorted = values.Order().ToArray();
        return new TwoLevelResult(target, model.Inputs.Count, replications, values, mean,
            Quantiles.Interpolated(sorted, 0.025), Quantiles.Interpolated(sorted, 0.975), spread, Math.Max(0, spread - noise));
    }

    private static double Share(ScenarioAnswer answer) => (answer.WithinShare ?? answer.Reached).Value;
}
