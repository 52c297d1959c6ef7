using CoopSim.Model;
using System.Globalization;
using CoopSim.Telemetry;
using Spectre.Console;

namespace CoopSim.Cli.Rendering;

/// <summary>Per channel, from a trace file's hop spans: messages, delivered, duplicates, lost or dropped, mean transit.</summary>
internal static class TraceChannelTableRenderer
{
    public static void Render(IAnsiConsole console, IReadOnlyList<SpanRecord> hops)
    {
        var table = new Table().Border(TableBorder.Rounded).Title("channels");
        table.AddColumns("channel", "messages", "delivered", "duplicates", "lost or dropped", "mean transit");
        foreach (var group in hops.GroupBy(h => h.Attribute(TelemetryAttributes.Channel) ?? "?").OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var list = group.ToArray();
            int Count(Func<string?, bool> outcome) => list.Count(h => outcome(h.Attribute(TelemetryAttributes.Outcome)));

            // Transit of the messages that arrived; a lost message has none.
            var transit = list.Where(h => h.Attribute(TelemetryAttributes.Outcome) is "delivered" or "duplicate")
                .Select(h => h.Seconds(TelemetryAttributes.DelayTransit)).DefaultIfEmpty(double.NaN).Average();
            table.AddRow(
                Markup.Escape(group.Key),
                list.Length.ToString(CultureInfo.InvariantCulture),
                Count(o => o == "delivered").ToString(CultureInfo.InvariantCulture),
                Count(o => o == "duplicate").ToString(CultureInfo.InvariantCulture),
                Count(o => o is not ("delivered" or "duplicate")).ToString(CultureInfo.InvariantCulture),
                HumanDuration.Format(transit));
        }

        console.Write(table);
    }
}
