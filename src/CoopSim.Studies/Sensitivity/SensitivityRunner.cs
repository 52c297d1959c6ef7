using CoopSim.Model.Scenario;
using CoopSim.Scenarios.Uncertainty;
using CoopSim.Simulation.Engine;

namespace CoopSim.Studies.Sensitivity;

/// <summary>
/// Ranks a scenario's uncertain inputs by their effect on one output: Morris screening over every input, then
/// Sobol first-order and total indices (Saltelli sampling, Jansen estimators) for the inputs with the largest μ*,
/// the others left as the scenario has them. Every point runs the same seed and replications (common random
/// numbers), so the indices reflect the inputs, not luck.
/// </summary>
public static class SensitivityRunner
{
    public static async Task<SensitivityResult> RunAsync(PointRunner runner, ScenarioModel scenario, UncertaintyModel model, OutputMeasure output,
        SensitivitySettings settings, IProgress<int>? pointsDone = null, CancellationToken cancellationToken = default)
    {
        var k = model.Inputs.Count;
        if (k == 0) throw new ArgumentException("the scenario has no uncertain inputs", nameof(model));
        var baseline = (await runner.RunAsync([Nominal(k)], pointsDone, cancellationToken))[0];

        var morris = MorrisDesign.Create(k, settings.Trajectories, settings.Seed);
        var morrisOut = await runner.RunAsync(morris.Points.ToArray(), pointsDone, cancellationToken);
        var effects = MorrisAnalysis.Analyze(morris, morrisOut, settings.Seed, settings.Resamples);

        // The inputs worth Sobol's many points: largest μ* first, ties by name so the choice is deterministic.
        var top = effects.OrderByDescending(e => e.MuStar.Value).ThenBy(e => model.Inputs[e.Parameter].Name, StringComparer.Ordinal)
            .Take(Math.Min(settings.SobolTop, k)).Select(e => e.Parameter).ToArray();
        var sobol = new Dictionary<int, SobolIndex>();
        var ends = new Dictionary<int, (double Low, double High)>();
        if (top.Length > 0)
        {
            var design = SaltelliDesign.Create(top.Length, settings.SobolSamples, settings.Seed);
            var points = design.Points.Select(p => Embed(k, top, p)).ToList();
            foreach (var i in top)
            {
                points.Add(Embed(k, [i], [0.0]));
                points.Add(Embed(k, [i], [1.0]));
            }

            var outputs = await runner.RunAsync(points, pointsDone, cancellationToken);
            var saltelli = outputs.Take(design.Points.Count).ToArray();
            foreach (var index in SobolAnalysis.Analyze(design, saltelli, settings.Seed, settings.Resamples))
                sobol[top[index.Parameter]] = index with { Parameter = top[index.Parameter] };
            for (var j = 0; j < top.Length; j++)
                ends[top[j]] = (outputs[design.Points.Count + 2 * j], outputs[design.Points.Count + 2 * j + 1]);
        }

        var rows = effects.Select(e => new SensitivityRow(model.Inputs[e.Parameter], e, sobol.GetValueOrDefault(e.Parameter),
                ends.TryGetValue(e.Parameter, out var end) ? end.Low : null, ends.TryGetValue(e.Parameter, out end) ? end.High : null))
            .OrderBy(r => r.Sobol is null ? 1 : 0)
            .ThenByDescending(r => r.Sobol?.Total.Value ?? r.Morris.MuStar.Value)
            .ThenByDescending(r => r.Morris.MuStar.Value)
            .ThenBy(r => r.Input.Name, StringComparer.Ordinal)
            .ToArray();
        return new SensitivityResult(scenario.Name, output, settings.Seed, settings, runner.Done, baseline, rows);
    }

    private static double[] Nominal(int k) => Enumerable.Repeat(double.NaN, k).ToArray();

    /// <summary>A point of all k inputs: the given coordinates for <paramref name="which"/>, the rest as written (NaN).</summary>
    private static double[] Embed(int k, IReadOnlyList<int> which, IReadOnlyList<double> values)
    {
        var point = Nominal(k);
        for (var j = 0; j < which.Count; j++) point[which[j]] = values[j];
        return point;
    }
}
