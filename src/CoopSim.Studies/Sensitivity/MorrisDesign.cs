namespace CoopSim.Studies.Sensitivity;

/// <summary>
/// Morris' one-at-a-time design: <see cref="Trajectories"/> random walks on a grid of <c>levels</c> values per
/// input, each moving every input once by Δ = levels / (2 (levels − 1)), in a random order. <c>r (k + 1)</c>
/// points buy one elementary effect per input and trajectory, which screens many inputs cheaply.
/// </summary>
public sealed record MorrisDesign(int Parameters, int Trajectories, int Levels, IReadOnlyList<double[]> Points, IReadOnlyList<MorrisStep> Steps)
{
    public static MorrisDesign Create(int parameters, int trajectories, ulong seed, int levels = 4)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(parameters, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(trajectories, 2);
        ArgumentOutOfRangeException.ThrowIfLessThan(levels, 2);
        var random = UnitRandom.For(seed, "morris");
        var delta = levels / (2.0 * (levels - 1));
        var points = new List<double[]>(trajectories * (parameters + 1));
        var steps = new List<MorrisStep>(trajectories * parameters);
        for (var t = 0; t < trajectories; t++)
        {
            var x = new double[parameters];
            for (var i = 0; i < parameters; i++) x[i] = UnitRandom.Next(ref random, levels) / (double)(levels - 1);
            points.Add((double[])x.Clone());
            foreach (var i in UnitRandom.Permutation(ref random, parameters))
            {
                // Up from the lower half of the grid, down from the upper half: every step stays inside [0, 1].
                var d = x[i] + delta <= 1 + 1e-12 ? delta : -delta;
                x[i] = Math.Clamp(x[i] + d, 0, 1);
                points.Add((double[])x.Clone());
                steps.Add(new MorrisStep(i, points.Count - 2, points.Count - 1, d));
            }
        }

        return new MorrisDesign(parameters, trajectories, levels, points, steps);
    }
}
