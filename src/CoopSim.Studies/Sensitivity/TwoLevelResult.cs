using CoopSim.Model.Scenario;

namespace CoopSim.Studies.Sensitivity;

/// <summary>
/// The scenario's headline share (within its time limit, reached, or intercepted) under input uncertainty: one
/// value per outer point (<see cref="PointValues"/>, each from <see cref="Replications"/> runs), their mean, the
/// 2.5–97.5% range of the points, and how the points' spread splits into the inputs' part and the runs' chance
/// (binomial noise of a share of <see cref="Replications"/> runs).
/// </summary>
public sealed record TwoLevelResult(
    AnswerSpec Target,
    int Inputs,
    int Replications,
    IReadOnlyList<double> PointValues,
    double Mean,
    double Low,
    double High,
    double SpreadVariance,
    double InputVariance)
{
    public int Points => PointValues.Count;

    /// <summary>The inputs' share of the spread between points (0–1); NaN when the points do not spread at all.</summary>
    public double InputShare => SpreadVariance > 0 ? InputVariance / SpreadVariance : double.NaN;
}
