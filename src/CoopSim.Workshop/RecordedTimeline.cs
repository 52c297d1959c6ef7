using System.Globalization;
using CoopSim.Model.World;
using CoopSim.Telemetry;

namespace CoopSim.Workshop;

/// <summary>A trace recorded before the workshop (<c>run --trace jsonl:</c>), replayed as it happened; nothing can be changed.</summary>
public sealed class RecordedTimeline : ITimelineSource
{
    public RecordedTimeline(IReadOnlyList<SpanRecord> spans, WorldModel world, int replication, string name = "recorded trace")
    {
        Scenario = ScenarioView.Named(name);
        World = WorldView.Of(world);
        // A subject's spans (its arrivals and interception) are not hops of an alert.
        var mine = spans.Where(s => s.Int(TelemetryAttributes.Replication) == replication && s.Attribute(TelemetryAttributes.SubjectId) is null).ToArray();
        var roots = mine.Where(s => s.IsRoot).OrderBy(s => s.Start).ToArray();
        Epoch = roots.Length > 0 ? new DateTimeOffset(roots[0].Start, TimeSpan.Zero) : DateTimeOffset.UnixEpoch;
        long Ms(DateTime t) => (long)(new DateTimeOffset(t, TimeSpan.Zero) - Epoch).TotalMilliseconds;
        long At(SpanRecord s, string key) => s.Attribute(key) is { } iso && DateTimeOffset.TryParse(iso, CultureInfo.InvariantCulture, DateTimeStyles.None, out var t)
            ? (long)(t - Epoch).TotalMilliseconds : -1;

        var hops = new List<TimelineHop>();
        var issued = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var root in roots)
        {
            var alert = root.Attribute(TelemetryAttributes.AlertId) ?? root.Name;
            var origin = root.Attribute(TelemetryAttributes.Origin) ?? "?";
            issued[alert] = Ms(root.Start);
            hops.Add(new TimelineHop(-1 - hops.Count, alert, "", origin, origin, "", Ms(root.Start), Ms(root.Start), Ms(root.Start), "issued", Ms(root.Start), 0, 0));
        }

        foreach (var s in mine.Where(s => !s.IsRoot).OrderBy(s => s.Start))
        {
            var alert = s.Attribute(TelemetryAttributes.AlertId) ?? "?";
            var sent = At(s, TelemetryAttributes.TimeSent);
            hops.Add(new TimelineHop(s.Int(TelemetryAttributes.HopId) ?? hops.Count, alert, s.Attribute(TelemetryAttributes.AlertKind) ?? "",
                s.Attribute(TelemetryAttributes.AgencyFrom) ?? "?", s.Attribute(TelemetryAttributes.AgencyTo) ?? "?", s.Attribute(TelemetryAttributes.Channel) ?? "",
                sent >= 0 ? sent : Ms(s.Start), At(s, TelemetryAttributes.TimeArrived), At(s, TelemetryAttributes.TimeAct), s.Attribute(TelemetryAttributes.Outcome) ?? "",
                issued.GetValueOrDefault(alert), s.Seconds(TelemetryAttributes.DelayTransit) + s.Seconds(TelemetryAttributes.DelayHeld),
                s.Seconds(TelemetryAttributes.DelayOfficeWait) + s.Seconds(TelemetryAttributes.DelayQueue) + s.Seconds(TelemetryAttributes.DelayTranslation) + s.Seconds(TelemetryAttributes.DelayLegalReview)));
        }

        Hops = hops;
    }

    public DateTimeOffset Epoch { get; }
    public WorldView World { get; }
    public ScenarioView Scenario { get; }
    public bool CanChange => false;
    public IReadOnlyList<TimelineHop> Hops { get; }

    public bool Cut(string channel, long atMs) => false;

    public string? Inject(string origin, string kind, long atMs) => null;
}
