namespace CoopSim.Studies.Sensitivity;

/// <summary>
/// How much work a sensitivity study does: Morris <see cref="Trajectories"/> over every input, then Sobol indices
/// from <see cref="SobolSamples"/> Saltelli rows for the <see cref="SobolTop"/> inputs with the largest μ*, each
/// point run with <see cref="Replications"/> replications of <see cref="Seed"/>.
/// </summary>
public sealed record SensitivitySettings(int Trajectories, int SobolTop, int SobolSamples, int Replications, ulong Seed, int Resamples = 500)
{
    public int MorrisPoints(int inputs) => Trajectories * (inputs + 1);

    public int SobolPoints(int inputs) => Math.Min(SobolTop, inputs) is var k and > 0 ? SobolSamples * (k + 2) : 0;

    /// <summary>Morris, Sobol, and two ends per Sobol input for the tornado chart, plus the scenario as written.</summary>
    public int TotalPoints(int inputs) => MorrisPoints(inputs) + SobolPoints(inputs) + 2 * Math.Min(SobolTop, inputs) + 1;
}
