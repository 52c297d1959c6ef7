using System.Text.Json;
using CoopSim.Studies.Comparisons;

namespace CoopSim.Studies.Output;

/// <summary>A paired comparison as JSON (<c>coopsim.compare/1</c>): for the question's agency, per alert and country, and per subject, each change with its 95% interval.</summary>
public static class CompareJsonWriter
{
    public static string ToJson(ComparisonResult c) => JsonText.Document("coopsim.compare/1", w =>
    {
        w.WriteString("base", c.Base);
        w.WriteString("variant", c.Variant);
        w.WriteNumber("seed", c.Seed);
        w.WriteNumber("replications", c.Replications);
        // The question's agency first, when the base scenario's question names one.
        w.WriteStartArray("agencies");
        foreach (var row in c.Agencies)
        {
            w.WriteStartObject();
            w.WriteString("alert", row.Alert);
            w.WriteString("agency", row.Agency);
            w.WriteDifference("reach", row.Reach);
            w.WriteDifference("time_to_reach_p50_h", row.P50Hours);
            w.WriteDifference("time_to_reach_p90_h", row.P90Hours);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteStartArray("countries");
        foreach (var row in c.Countries)
        {
            w.WriteStartObject();
            w.WriteString("alert", row.Alert);
            w.WriteString("country", row.Country);
            w.WriteDifference("reach", row.Reach);
            w.WriteDifference("time_to_reach_p50_h", row.P50Hours);
            w.WriteDifference("time_to_reach_p90_h", row.P90Hours);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteStartArray("subjects");
        foreach (var s in c.Subjects)
        {
            w.WriteStartObject();
            w.WriteString("subject", s.Subject);
            w.WriteDifference("interception", s.Interception);
            w.WriteEndObject();
        }

        w.WriteEndArray();
    });
}
