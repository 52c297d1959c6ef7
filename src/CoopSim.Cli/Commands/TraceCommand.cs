using System.CommandLine;
using CoopSim.Cli.Rendering;
using CoopSim.Model;
using CoopSim.Telemetry;
using Spectre.Console;

namespace CoopSim.Cli.Commands;

/// <summary><c>coopsim trace FILE.jsonl</c>: the propagation tree of an alert and a per-channel summary, from the file alone.</summary>
internal static class TraceCommand
{
    public static Command Create(CliContext context)
    {
        var file = new Argument<string>("file") { Description = "A JSON-lines trace written by run --trace jsonl:PATH." };
        var alert = new Option<string?>("--alert", "-a") { Description = "Only this alert (default: every alert)." };
        var replication = new Option<int>("--replication", "-r") { Description = "Which replication.", DefaultValueFactory = _ => 0 };
        var command = new Command("trace", "Show how an alert travelled: who got it from whom, when, over which channel.") { file, alert, replication };
        command.SetAction(parse =>
        {
            var path = parse.GetValue(file)!;
            var r = parse.GetValue(replication);
            SpanRecord[] all;
            IReadOnlyCollection<int> held;
            try
            {
                // Only this replication's spans are kept while the file streams past.
                var contents = TraceFile.ReadAll(path, s => s.Int(TelemetryAttributes.Replication) == r);
                all = contents.Spans.ToArray();
                held = contents.Replications;
            }
            catch (TraceFileException ex)
            {
                throw new CliException(ex.Message);
            }

            if (all.Length == 0)
                throw new CliException($"coopsim: error: the trace has no spans for replication {r}; it has {ReplicationRanges.Of(held)}");
            // A subject's spans are its own trace, told after the alerts' trees.
            var mine = all.Where(s => s.Attribute(TelemetryAttributes.SubjectId) is null).ToArray();
            var subjects = all.Where(s => s.IsRoot && s.Attribute(TelemetryAttributes.SubjectId) is not null).ToArray();
            var roots = mine.Where(s => s.IsRoot).OrderBy(s => s.Start).ToList();
            if (parse.GetValue(alert) is { } only)
            {
                roots = roots.Where(s => s.Attribute(TelemetryAttributes.AlertId) == only).ToList();
                if (roots.Count == 0) throw new CliException($"coopsim: error: no alert '{only}' in replication {r}");
            }

            var children = mine.Where(s => s.ParentSpanId is not null).ToLookup(s => s.ParentSpanId!);
            var bySpanId = mine.GroupBy(s => s.SpanId).ToDictionary(g => g.Key, g => g.First());
            if (SpanCycles.Find(mine, bySpanId) is { } looped)
                throw new CliException($"{path}: error: the spans' parents form a cycle (span {OneLine.Of(looped, 64)} is its own ancestor); the file was edited or is corrupt");
            foreach (var root in roots) TraceTreeRenderer.Render(context.Out, root, children, bySpanId);
            var traces = roots.Select(root => root.TraceId).ToHashSet();
            TraceChannelTableRenderer.Render(context.Out, mine.Where(s => !s.IsRoot && traces.Contains(s.TraceId)).ToArray());
            foreach (var subject in subjects) context.Out.WriteLine(subject.Name);
            return ExitCodes.Ok;
        });
        return command;
    }
}
