using System.Globalization;
using System.Text.Json;

namespace CoopSim.Telemetry;

/// <summary>
/// The JSON type of every attribute CoopSim writes, so that a reader refuses a mistyped one with its line rather than
/// reading it as missing (a replication written as a date used to drop its span, and every span under it, silently).
/// Attributes CoopSim does not write (Orleans' own, a collector's) are not checked.
/// </summary>
internal static class TraceAttributeTypes
{
    private enum Kind { Integer, Number, Boolean, Text, Time }

    private static readonly Dictionary<string, Kind> Kinds = new(StringComparer.Ordinal)
    {
        [TelemetryAttributes.Replication] = Kind.Integer,
        [TelemetryAttributes.Hops] = Kind.Integer,
        [TelemetryAttributes.HopId] = Kind.Integer,
        [TelemetryAttributes.AgencyToUtcOffsetMinutes] = Kind.Integer,
        [TelemetryAttributes.AgencyFromUtcOffsetMinutes] = Kind.Integer,
        [TelemetryAttributes.SubjectStop] = Kind.Integer,
        [TelemetryAttributes.SubjectInterceptedStop] = Kind.Integer,
        [TelemetryAttributes.DelayHeld] = Kind.Number,
        [TelemetryAttributes.DelayTransit] = Kind.Number,
        [TelemetryAttributes.DelayOfficeWait] = Kind.Number,
        [TelemetryAttributes.DelayQueue] = Kind.Number,
        [TelemetryAttributes.DelayWaiting] = Kind.Number,
        [TelemetryAttributes.DelayTranslation] = Kind.Number,
        [TelemetryAttributes.DelayLegalReview] = Kind.Number,
        [TelemetryAttributes.SubjectLead] = Kind.Number,
        [TelemetryAttributes.SubjectIntercepted] = Kind.Boolean,
        [TelemetryAttributes.SubjectBlockedInTime] = Kind.Boolean,
        [TelemetryAttributes.TimeSent] = Kind.Time,
        [TelemetryAttributes.TimeArrived] = Kind.Time,
        [TelemetryAttributes.TimeAct] = Kind.Time,
        [TelemetryAttributes.TimeArrives] = Kind.Time,
        [TelemetryAttributes.AlertId] = Kind.Text,
        [TelemetryAttributes.AlertKind] = Kind.Text,
        [TelemetryAttributes.AlertPriority] = Kind.Text,
        [TelemetryAttributes.AgencyFrom] = Kind.Text,
        [TelemetryAttributes.AgencyTo] = Kind.Text,
        [TelemetryAttributes.CountryTo] = Kind.Text,
        [TelemetryAttributes.Channel] = Kind.Text,
        [TelemetryAttributes.ChannelKind] = Kind.Text,
        [TelemetryAttributes.Outcome] = Kind.Text,
        [TelemetryAttributes.Scenario] = Kind.Text,
        [TelemetryAttributes.Origin] = Kind.Text,
        [TelemetryAttributes.SubjectId] = Kind.Text,
    };

    /// <summary>Why <paramref name="value"/> is not what <paramref name="key"/> holds, or null when it is (or the key is not CoopSim's).</summary>
    public static string? Problem(string key, JsonElement value)
    {
        if (!Kinds.TryGetValue(key, out var kind)) return null;
        var ok = kind switch
        {
            Kind.Integer => value.ValueKind == JsonValueKind.Number && value.TryGetInt64(out _),
            Kind.Number => value.ValueKind == JsonValueKind.Number,
            Kind.Boolean => value.ValueKind is JsonValueKind.True or JsonValueKind.False,
            Kind.Text => value.ValueKind == JsonValueKind.String,
            _ => value.ValueKind == JsonValueKind.String
                && DateTimeOffset.TryParseExact(value.GetString(), "yyyy-MM-ddTHH:mm:sszzz", CultureInfo.InvariantCulture, DateTimeStyles.None, out _),
        };
        if (ok) return null;
        var expected = kind switch
        {
            Kind.Integer => "an integer",
            Kind.Number => "a number",
            Kind.Boolean => "true or false",
            Kind.Text => "a string",
            _ => "a time like 2025-04-18T21:12:00+09:00",
        };
        // As written, with JSON's escapes undone (a "+" may have been written as \u002B).
        var raw = value.ValueKind == JsonValueKind.String ? $"\"{value.GetString()}\"" : value.GetRawText();
        return $"'{key}' must be {expected}, not {(raw.Length > 40 ? raw[..40] + "…" : raw)}";
    }
}
