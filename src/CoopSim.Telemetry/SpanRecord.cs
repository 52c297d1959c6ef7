using System.Globalization;

namespace CoopSim.Telemetry;

/// <summary>One line of a JSON-lines trace file.</summary>
public sealed record SpanRecord(
    string TraceId,
    string SpanId,
    string? ParentSpanId,
    string Name,
    DateTime Start,
    DateTime End,
    IReadOnlyDictionary<string, string> Attributes,
    IReadOnlyList<(string TraceId, string SpanId)> Links)
{
    public string? Attribute(string key) => Attributes.GetValueOrDefault(key);

    public double Seconds(string key) =>
        Attributes.TryGetValue(key, out var v) && double.TryParse(v, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) ? d : 0;

    public int? Int(string key) =>
        Attributes.TryGetValue(key, out var v) && int.TryParse(v, NumberStyles.Integer, CultureInfo.InvariantCulture, out var i) ? i : null;

    public bool IsRoot => ParentSpanId is null;
}
