using CoopSim.Studies.Sensitivity;

namespace CoopSim.Studies.Output;

/// <summary>
/// <c>run --uncertainty</c> as JSON (<c>coopsim.uncertain-answer/1</c>): the headline share as written with its runs'
/// interval, then under input uncertainty its mean, the 95% range over the outer points, the variance split, and
/// every point's value.
/// </summary>
public static class TwoLevelJsonWriter
{
    public static string ToJson(string scenario, ulong seed, double asWritten, double low, double high, TwoLevelResult result) => JsonText.Indented(w =>
    {
        w.WriteStartObject();
        w.WriteString("format", "coopsim.uncertain-answer/1");
        w.WriteString("scenario", scenario);
        w.WriteNumber("seed", seed);
        w.WriteNumber("uncertain_inputs", result.Inputs);
        w.WriteNumber("points", result.Points);
        w.WriteNumber("replications_per_point", result.Replications);
        w.WriteStartObject("as_written");
        w.WriteRounded("value", asWritten);
        w.WriteInterval(low, high);
        w.WriteEndObject();
        w.WriteStartObject("with_input_uncertainty");
        w.WriteRounded("mean", result.Mean);
        w.WriteInterval(result.Low, result.High);
        w.WriteRounded("input_share_of_variance", result.InputShare);
        w.WriteEndObject();
        w.WriteStartArray("point_values");
        foreach (var v in result.PointValues) w.WriteNumberValue(Math.Round(v, 4));
        w.WriteEndArray();
        w.WriteEndObject();
    });
}
