namespace CoopSim.Studies.Sensitivity;

/// <summary>
/// A sensitivity study: inputs ranked by their effect on <see cref="Output"/> (Sobol total index for the inputs
/// it measured, then μ*), with the output at the scenario as written (<see cref="Baseline"/>).
/// </summary>
public sealed record SensitivityResult(
    string Scenario,
    OutputMeasure Output,
    ulong Seed,
    SensitivitySettings Settings,
    int Points,
    double Baseline,
    IReadOnlyList<SensitivityRow> Rows)
{
    /// <summary>
    /// The inputs that move the output, most first: a Sobol total index of at least 0.01 whose interval is above zero
    /// (or of more than 0.05), else μ* above zero. A total index of 0.003 is real but explains nothing a planner needs.
    /// </summary>
    public IReadOnlyList<SensitivityRow> Drivers => Rows
        .Where(r => r.Sobol is { } s ? (s.Total.Low > 0 && s.Total.Value >= 0.01) || s.Total.Value > 0.05 : r.Morris.MuStar.Value > 0)
        .ToArray();
}
