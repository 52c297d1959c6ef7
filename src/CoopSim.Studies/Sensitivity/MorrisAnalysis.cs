namespace CoopSim.Studies.Sensitivity;

/// <summary>Elementary effects of a <see cref="MorrisDesign"/>'s outputs: (y(x + Δeᵢ) − y(x)) / Δ per step.</summary>
public static class MorrisAnalysis
{
    /// <param name="outputs">One output per point of the design, in its order.</param>
    /// <param name="resamples">Bootstrap resamples of the trajectories for μ*'s interval.</param>
    public static IReadOnlyList<MorrisEffect> Analyze(MorrisDesign design, IReadOnlyList<double> outputs, ulong seed, int resamples = 500)
    {
        if (outputs.Count != design.Points.Count) throw new ArgumentException($"{outputs.Count} outputs for {design.Points.Count} points", nameof(outputs));
        var effects = new double[design.Parameters][];
        for (var i = 0; i < design.Parameters; i++) effects[i] = new double[design.Trajectories];
        var perTrajectory = design.Parameters;
        for (var s = 0; s < design.Steps.Count; s++)
        {
            var step = design.Steps[s];
            effects[step.Parameter][s / perTrajectory] = (outputs[step.To] - outputs[step.From]) / step.Delta;
        }

        var random = UnitRandom.For(seed, "morris-bootstrap");
        var draws = new int[resamples][];
        for (var b = 0; b < resamples; b++)
        {
            draws[b] = new int[design.Trajectories];
            for (var t = 0; t < design.Trajectories; t++) draws[b][t] = UnitRandom.Next(ref random, design.Trajectories);
        }

        var result = new MorrisEffect[design.Parameters];
        for (var i = 0; i < design.Parameters; i++)
        {
            var ee = effects[i];
            var mu = ee.Average();
            var muStar = ee.Average(Math.Abs);
            var sigma = Math.Sqrt(ee.Sum(e => (e - mu) * (e - mu)) / Math.Max(1, ee.Length - 1));
            var boot = draws.Select(d => d.Average(t => Math.Abs(ee[t]))).ToArray();
            result[i] = new MorrisEffect(i, mu, Bootstrap.Interval(muStar, boot), sigma);
        }

        return result;
    }
}
