using System.Text.Json;
using CoopSim.Scenarios.Uncertainty;
using CoopSim.Studies.Sensitivity;

namespace CoopSim.Studies.Output;

/// <summary>
/// A sensitivity study as JSON (<c>coopsim.sensitivity/1</c>): the output it explains, the settings, the output
/// at the scenario as written, and per input in rank order its range and indices with their 95% intervals.
/// </summary>
public static class SensitivityJsonWriter
{
    public static string ToJson(SensitivityResult result) => JsonText.Indented(w =>
    {
        w.WriteStartObject();
        w.WriteString("format", "coopsim.sensitivity/1");
        w.WriteString("scenario", result.Scenario);
        w.WriteString("output", result.Output.Text);
        w.WriteString("output_description", result.Output.Description);
        w.WriteNumber("seed", result.Seed);
        w.WriteNumber("replications_per_point", result.Settings.Replications);
        w.WriteNumber("morris_trajectories", result.Settings.Trajectories);
        w.WriteNumber("sobol_samples", result.Settings.SobolSamples);
        w.WriteNumber("points", result.Points);
        w.WriteRounded("baseline", result.Baseline);
        w.WriteStartArray("parameters");
        foreach (var row in result.Rows)
        {
            w.WriteStartObject();
            w.WriteString("parameter", row.Input.Name);
            w.WriteString("basis", row.Input.Basis);
            w.WriteString("range", row.Input.Range.Text);
            w.WriteString("shape", UncertainRange.ShapeName(row.Input.Range.Shape));
            Interval(w, "morris_mu_star", row.Morris.MuStar);
            w.WriteRounded("morris_mu", row.Morris.Mu);
            w.WriteRounded("morris_sigma", row.Morris.Sigma);
            if (row.Sobol is { } sobol)
            {
                Interval(w, "sobol_first", sobol.First);
                Interval(w, "sobol_total", sobol.Total);
                w.WriteRounded("at_low", row.AtLow ?? double.NaN);
                w.WriteRounded("at_high", row.AtHigh ?? double.NaN);
            }

            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();
    });

    private static void Interval(Utf8JsonWriter w, string name, Estimate e)
    {
        w.WriteStartObject(name);
        w.WriteRounded("value", e.Value);
        w.WriteInterval(e.Low, e.High);
        w.WriteEndObject();
    }
}
