using CoopSim.Model;
using System.Globalization;
using CoopSim.Telemetry;
using Spectre.Console;

namespace CoopSim.Cli.Rendering;

/// <summary>
/// The propagation tree of one alert from a trace file: each node is a hop, under the hop that let its sender
/// act, with the recipient's own clock, the channel and where the time went. Duplicates and losses are marked.
/// </summary>
internal static class TraceTreeRenderer
{
    public static void Render(IAnsiConsole console, SpanRecord root, ILookup<string, SpanRecord> children, IReadOnlyDictionary<string, SpanRecord> bySpanId)
    {
        var alert = root.Attribute(TelemetryAttributes.AlertId);
        var tree = new Tree($"[bold]{Markup.Escape(alert ?? root.Name)}[/] issued by [bold]{Markup.Escape(root.Attribute(TelemetryAttributes.Origin) ?? "?")}[/] at {Markup.Escape(Local(root.Attribute(TelemetryAttributes.TimeSent)))}");
        var issued = root.Start;

        // Each span is shown once and the depth is capped: a hand-edited file with repeated span ids would otherwise
        // make the tree grow exponentially (cycles are refused before rendering, see SpanCycles).
        var shown = new HashSet<SpanRecord>(ReferenceEqualityComparer.Instance) { root };
        void Add(IHasTreeNodes parent, SpanRecord span, int depth)
        {
            foreach (var child in children[span.SpanId].OrderBy(c => c.Start).ThenBy(c => c.Int(TelemetryAttributes.HopId) ?? 0))
            {
                if (!shown.Add(child)) continue;
                var node = parent.AddNode(Describe(child, issued, bySpanId));
                if (depth < 64) Add(node, child, depth + 1);
            }
        }

        Add(tree, root, 0);
        console.Write(tree);
        console.WriteLine();
    }

    private static string Describe(SpanRecord hop, DateTime issued, IReadOnlyDictionary<string, SpanRecord> bySpanId)
    {
        var outcome = hop.Attribute(TelemetryAttributes.Outcome) ?? "";
        var to = Markup.Escape(hop.Attribute(TelemetryAttributes.AgencyTo) ?? "?");
        var from = Markup.Escape(hop.Attribute(TelemetryAttributes.AgencyFrom) ?? "?");
        var channel = Markup.Escape(hop.Attribute(TelemetryAttributes.Channel) ?? "?");
        var parts = DelayText.Describe(hop.Seconds(TelemetryAttributes.DelayHeld), hop.Seconds(TelemetryAttributes.DelayTransit),
            hop.Seconds(TelemetryAttributes.DelayOfficeWait), hop.Seconds(TelemetryAttributes.DelayQueue),
            hop.Seconds(TelemetryAttributes.DelayTranslation), hop.Seconds(TelemetryAttributes.DelayLegalReview),
            hop.Seconds(TelemetryAttributes.DelayWaiting));
        var after = HumanDuration.Format((hop.End - issued).TotalSeconds);
        var sent = Markup.Escape(Local(hop.Attribute(TelemetryAttributes.TimeSent)));
        return outcome switch
        {
            "delivered" => $"[green]{to}[/] via {channel} from {from}: can act {Markup.Escape(Local(hop.Attribute(TelemetryAttributes.TimeAct)))} (+{after}{(parts.Length > 0 ? "; " + parts : "")})",
            "duplicate" => $"[dim]{to} via {channel} from {from}: duplicate, already held{Markup.Escape(FirstDelivery(hop, bySpanId))}[/]",
            _ => $"[red]{to} via {channel} from {from}: {Markup.Escape(outcome.ToUpperInvariant())}, sent {sent}[/]",
        };
    }

    /// <summary>The link of a duplicate names the span of the first delivery: say where that came from.</summary>
    private static string FirstDelivery(SpanRecord hop, IReadOnlyDictionary<string, SpanRecord> bySpanId)
    {
        if (hop.Links.Count == 0 || !bySpanId.TryGetValue(hop.Links[0].SpanId, out var first)) return "";
        if (first.IsRoot) return " (its origin)";
        return $" (first via {first.Attribute(TelemetryAttributes.Channel)} from {first.Attribute(TelemetryAttributes.AgencyFrom)})";
    }

    /// <summary>2025-04-18T21:12:00+09:00 → "Fri 18 Apr 21:12 (UTC+09:00)": the agency's own clock.</summary>
    private static string Local(string? iso) =>
        iso is not null && DateTimeOffset.TryParse(iso, CultureInfo.InvariantCulture, DateTimeStyles.None, out var t)
            ? t.ToString("ddd d MMM HH:mm", CultureInfo.InvariantCulture) + $" (UTC{t:zzz})"
            : "?";
}
