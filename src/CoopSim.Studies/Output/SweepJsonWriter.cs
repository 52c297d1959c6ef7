using System.Text.Json;
using CoopSim.Studies.Answers;
using CoopSim.Studies.Sweeps;

namespace CoopSim.Studies.Output;

/// <summary>A sweep as JSON (<c>coopsim.sweep/1</c>): the grid's parameters, then per point its values and key figures.</summary>
public static class SweepJsonWriter
{
    public static string ToJson(SweepResult sweep)
    {
        return JsonText.Document("coopsim.sweep/1", w =>
        {
            w.WriteString("scenario", sweep.Scenario);
            w.WriteNumber("seed", sweep.Seed);
            w.WriteNumber("replications", sweep.Replications);
            w.WriteStrings("parameters", sweep.Parameters);
            w.WriteStartArray("points");
            foreach (var row in sweep.Rows)
            {
                w.WriteStartObject();
                w.WriteStartObject("values");
                for (var i = 0; i < sweep.Parameters.Count; i++) w.WriteString(sweep.Parameters[i], row.Values[i]);
                w.WriteEndObject();
                w.WriteStartArray("figures");
                foreach (var f in row.Figures)
                {
                    w.WriteStartObject();
                    if (f.Alert.Length > 0) w.WriteString("alert", f.Alert);
                    w.WriteString(f.Figure == KeyFigures.Interception ? "subject" : f.IsAgency ? "agency" : "country", f.Target);
                    w.WriteString("figure", f.Figure);
                    w.WriteRounded("value", f.Value);
                    w.WriteInterval(f.Low, f.High);
                    w.WriteEndObject();
                }

                w.WriteEndArray();
                w.WriteEndObject();
            }

            w.WriteEndArray();
        });
    }
}
