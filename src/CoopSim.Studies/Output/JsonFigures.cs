using System.Text.Json;
using CoopSim.Simulation.Statistics;
using CoopSim.Studies.Comparisons;

namespace CoopSim.Studies.Output;

/// <summary>
/// The measured figures every CoopSim JSON format writes, each written one way: a summary over replications, a
/// proportion with its interval, a paired difference, an estimate with its 95% interval, a list of ids.
/// </summary>
internal static class JsonFigures
{
    public static void WriteSummary(this Utf8JsonWriter w, string name, Summary s)
    {
        w.WriteStartObject(name);
        w.WriteNumber("n", s.N);
        w.WriteRounded("mean", s.Mean);
        w.WriteRounded("p50", s.P50);
        w.WriteRounded("p90", s.P90);
        w.WriteRounded("p99", s.P99);
        w.WriteInterval(s.CiLow, s.CiHigh);
        w.WriteRounded("min", s.Min);
        w.WriteRounded("max", s.Max);
        w.WriteEndObject();
    }

    public static void WriteProportion(this Utf8JsonWriter w, string name, Proportion p)
    {
        w.WriteStartObject(name);
        w.WriteNumber("successes", p.Successes);
        w.WriteNumber("n", p.N);
        w.WriteRounded("p", p.Value);
        w.WriteInterval(p.CiLow, p.CiHigh);
        w.WriteEndObject();
    }

    /// <summary>A paired difference between a base and a variant (common random numbers), with its 95% interval.</summary>
    public static void WriteDifference(this Utf8JsonWriter w, string name, DifferenceEstimate d)
    {
        w.WriteStartObject(name);
        w.WriteRounded("base", d.Base);
        w.WriteRounded("variant", d.Variant);
        w.WriteRounded("difference", d.Difference);
        w.WriteInterval(d.Low, d.High);
        w.WriteBoolean("significant", d.Significant);
        w.WriteEndObject();
    }

    /// <summary>The two bounds of a 95% interval, named alike in every format.</summary>
    public static void WriteInterval(this Utf8JsonWriter w, double low, double high)
    {
        w.WriteRounded("ci95_low", low);
        w.WriteRounded("ci95_high", high);
    }

    public static void WriteStrings(this Utf8JsonWriter w, string name, IEnumerable<string> values)
    {
        w.WriteStartArray(name);
        foreach (var value in values) w.WriteStringValue(value);
        w.WriteEndArray();
    }
}
