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
        WriteReachChanges(w, "agencies", "agency", c.Agencies.Select(r => (r.Alert, r.Agency, r.Reach, r.P50Hours, r.P90Hours)));
        WriteReachChanges(w, "countries", "country", c.Countries.Select(r => (r.Alert, r.Country, r.Reach, r.P50Hours, r.P90Hours)));
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

    /// <summary>Per alert and place (an agency or a country): how its reach and median and p90 time to act changed.</summary>
    private static void WriteReachChanges(Utf8JsonWriter w, string array, string placeKey,
        IEnumerable<(string Alert, string Place, DifferenceEstimate Reach, DifferenceEstimate P50Hours, DifferenceEstimate P90Hours)> rows)
    {
        w.WriteStartArray(array);
        foreach (var row in rows)
        {
            w.WriteStartObject();
            w.WriteString("alert", row.Alert);
            w.WriteString(placeKey, row.Place);
            w.WriteDifference("reach", row.Reach);
            w.WriteDifference("time_to_reach_p50_h", row.P50Hours);
            w.WriteDifference("time_to_reach_p90_h", row.P90Hours);
            w.WriteEndObject();
        }

        w.WriteEndArray();
    }
}
