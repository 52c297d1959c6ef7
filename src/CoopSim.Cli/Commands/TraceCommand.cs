using System.CommandLine;
using System.Globalization;
using CoopSim.Cli.Rendering;
using CoopSim.Telemetry;
using Spectre.Console;

namespace CoopSim.Cli.Commands;

/// <summary><c>coopsim trace FILE.jsonl</c>: the propagation tree of an alert and a per-channel summary, from the file alone.</summary>
public static class TraceCommand
{
    public static Command Create(CliContext context)
    {
        var file = new Argument<string>("file") { Description = "A JSON-lines trace written by run --trace jsonl:PATH." };
        var alert = new Option<string?>("--alert", "-a") { Description = "Only this alert (default: every alert)." };
        var replication = new Option<int>("--replication", "-r") { Description = "Which replication.", DefaultValueFactory = _ => 0 };
        var command = new Command("trace", "Show how an alert travelled: who got it from whom, when, over which channel.") { file, alert, replication };
        command.SetAction(parse =>
        {
            IReadOnlyList<SpanRecord> spans;
            try
            {
                spans = TraceFile.Read(parse.GetValue(file)!);
            }
            catch (TraceFileException ex)
            {
                throw new CliException(ex.Message);
            }

            var r = parse.GetValue(replication);
            var mine = spans.Where(s => s.Int(TelemetryAttributes.Replication) == r).ToArray();
            if (mine.Length == 0) throw new CliException($"coopsim: error: the trace has no spans for replication {r}");
            var roots = mine.Where(s => s.IsRoot).OrderBy(s => s.Start).ToList();
            if (parse.GetValue(alert) is { } only)
            {
                roots = roots.Where(s => s.Attribute(TelemetryAttributes.AlertId) == only).ToList();
                if (roots.Count == 0) throw new CliException($"coopsim: error: no alert '{only}' in replication {r}");
            }

            var children = mine.Where(s => s.ParentSpanId is not null).ToLookup(s => s.ParentSpanId!);
            foreach (var root in roots) RenderTree(context.Out, root, children);
            RenderChannels(context.Out, mine.Where(s => !s.IsRoot && roots.Any(root => root.TraceId == s.TraceId)).ToArray());
            return ExitCodes.Ok;
        });
        return command;
    }

    private static void RenderTree(IAnsiConsole console, SpanRecord root, ILookup<string, SpanRecord> children)
    {
        var alert = root.Attribute(TelemetryAttributes.AlertId);
        var tree = new Tree($"[bold]{Markup.Escape(alert ?? root.Name)}[/] issued by [bold]{Markup.Escape(root.Attribute(TelemetryAttributes.Origin) ?? "?")}[/] at {Markup.Escape(Local(root.Attribute(TelemetryAttributes.TimeSent)))}");
        var issued = root.Start;
        void Add(IHasTreeNodes parent, SpanRecord span, int depth)
        {
            foreach (var child in children[span.SpanId].OrderBy(c => c.Start).ThenBy(c => c.Name, StringComparer.Ordinal))
            {
                var node = parent.AddNode(Describe(child, issued));
                if (depth < 64) Add(node, child, depth + 1);
            }
        }

        Add(tree, root, 0);
        console.Write(tree);
        console.WriteLine();
    }

    private static string Describe(SpanRecord hop, DateTime issued)
    {
        var outcome = hop.Attribute(TelemetryAttributes.Outcome) ?? "";
        var to = Markup.Escape(hop.Attribute(TelemetryAttributes.AgencyTo) ?? "?");
        var channel = Markup.Escape(hop.Attribute(TelemetryAttributes.Channel) ?? "?");
        var parts = new List<string>();
        void Part(string name, string key)
        {
            var s = hop.Seconds(key);
            if (s >= 1) parts.Add($"{name} {HumanDuration.Format(s)}");
        }

        Part("held", TelemetryAttributes.DelayHeld);
        Part("transit", TelemetryAttributes.DelayTransit);
        Part("office", TelemetryAttributes.DelayOfficeWait);
        Part("queue", TelemetryAttributes.DelayQueue);
        Part("translation", TelemetryAttributes.DelayTranslation);
        Part("legal", TelemetryAttributes.DelayLegalReview);
        var after = HumanDuration.Format((hop.End - issued).TotalSeconds);
        return outcome switch
        {
            "delivered" => $"[green]{to}[/] via {channel}: can act {Markup.Escape(Local(hop.Attribute(TelemetryAttributes.TimeAct)))} (+{after}; {string.Join(", ", parts)})",
            "duplicate" => $"[dim]{to} via {channel}: duplicate, already held[/]",
            _ => $"[red]{to} via {channel}: {Markup.Escape(outcome)}[/]",
        };
    }

    private static void RenderChannels(IAnsiConsole console, IReadOnlyList<SpanRecord> hops)
    {
        var table = new Table().Border(TableBorder.Rounded).Title("channels");
        table.AddColumns("channel", "messages", "delivered", "duplicates", "lost or dropped", "mean transit");
        foreach (var group in hops.GroupBy(h => h.Attribute(TelemetryAttributes.Channel) ?? "?").OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var list = group.ToArray();
            int Count(string outcome) => list.Count(h => h.Attribute(TelemetryAttributes.Outcome) == outcome);
            var transit = list.Where(h => h.Attribute(TelemetryAttributes.Outcome) is "delivered" or "duplicate").Select(h => h.Seconds(TelemetryAttributes.DelayTransit)).DefaultIfEmpty(double.NaN).Average();
            table.AddRow(Markup.Escape(group.Key), list.Length.ToString(CultureInfo.InvariantCulture), Count("delivered").ToString(CultureInfo.InvariantCulture),
                Count("duplicate").ToString(CultureInfo.InvariantCulture), (Count("lost") + Count("dropped-by-outage") + Count("expired")).ToString(CultureInfo.InvariantCulture),
                HumanDuration.Format(transit));
        }

        console.Write(table);
    }

    /// <summary>2025-04-18T21:12:00+09:00 → "Fri 18 Apr 21:12 (UTC+09:00)": the recipient's own clock.</summary>
    private static string Local(string? iso) =>
        iso is not null && DateTimeOffset.TryParse(iso, CultureInfo.InvariantCulture, DateTimeStyles.None, out var t)
            ? t.ToString("ddd d MMM HH:mm", CultureInfo.InvariantCulture) + $" (UTC{t:zzz})"
            : "?";
}
