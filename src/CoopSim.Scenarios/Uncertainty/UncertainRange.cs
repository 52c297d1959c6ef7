using System.Globalization;
using CoopSim.Model;

namespace CoopSim.Scenarios.Uncertainty;

/// <summary>
/// The values an uncertain input may take: <see cref="Low"/> to <see cref="High"/> (milliseconds for
/// durations) with a shape. <see cref="At"/> maps a point of the unit interval to a value (the inverse of the
/// shape's distribution function), so designs on the unit cube become scenario values.
/// </summary>
public sealed record UncertainRange(double Low, double High, UncertaintyShape Shape, bool IsDuration)
{
    public double At(double u)
    {
        u = Math.Clamp(u, 0, 1);
        return Shape switch
        {
            UncertaintyShape.LogUniform => Math.Exp(Math.Log(Low) + u * (Math.Log(High) - Math.Log(Low))),
            UncertaintyShape.Triangular => u < 0.5
                ? Low + (High - Low) * Math.Sqrt(u / 2)
                : High - (High - Low) * Math.Sqrt((1 - u) / 2),
            _ => Low + u * (High - Low),
        };
    }

    /// <summary>A value as the scenario format writes it: a duration (whole milliseconds) or a number.</summary>
    public string Format(double value) => IsDuration
        ? new Duration((long)Math.Round(value)).ToString()
        : value.ToString("0.#########", CultureInfo.InvariantCulture);

    public string Text => $"{Format(Low)}..{Format(High)}";

    public static string ShapeName(UncertaintyShape shape) => shape switch
    {
        UncertaintyShape.LogUniform => "log-uniform",
        UncertaintyShape.Triangular => "triangular",
        _ => "uniform",
    };
}
