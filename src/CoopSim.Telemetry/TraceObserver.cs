using System.Diagnostics;
using System.Diagnostics.Metrics;
using System.Globalization;
using CoopSim.Model;
using CoopSim.Model.Scenario;
using CoopSim.Simulation.Engine;
using CoopSim.Simulation.Tracing;

namespace CoopSim.Telemetry;

/// <summary>
/// Turns each replication's hops into OpenTelemetry spans: one trace per alert per replication, rooted at
/// the alert's issue; a span per hop from send to "recipient can act", parented on the hop that let the
/// sender act; a duplicate arrival is a span with a link to the first delivery, not a new chain.
/// Trace and span ids are derived from (scenario, seed, replication, alert, hop) — see <see cref="SpanIds"/>.
/// Also records the "CoopSim" meter's instruments.
/// </summary>
public sealed class TraceObserver : ISimulationObserver
{
    /// <summary>
    /// Custom property naming the observer that made a span. The ActivitySource is process-wide, so every
    /// tracer provider listening to "CoopSim" sees every session's spans; exporters keep only their own.
    /// </summary>
    internal const string SessionProperty = "coopsim.session";

    private readonly ScenarioModel _scenario;
    private readonly TraceTimeMode _timeMode;
    private readonly ulong _seed;
    private readonly Dictionary<string, int> _offsets;
    private readonly Dictionary<string, string> _countries;
    private readonly Dictionary<string, int> _countryOffsets;
    private static readonly Counter<long> Messages = CoopSimTelemetry.Meter.CreateCounter<long>("coopsim.messages", "{message}", "Messages sent over channels, by outcome.");
    private static readonly Counter<long> Reach = CoopSimTelemetry.Meter.CreateCounter<long>("coopsim.reach", "{agency}", "Agencies that could act on an alert.");
    private static readonly Histogram<double> TimeToReach = CoopSimTelemetry.Meter.CreateHistogram<double>("coopsim.time_to_reach", "s", "Simulated seconds from issue until an agency could act.");

    /// <param name="seed">The run's seed (after any --seed override): part of every trace id.</param>
    public TraceObserver(ScenarioModel scenario, TraceTimeMode timeMode, ulong seed)
    {
        _scenario = scenario;
        _timeMode = timeMode;
        _seed = seed;
        var countries = scenario.World.Countries.ToDictionary(c => c.Code, c => c.UtcOffsetMinutes, StringComparer.Ordinal);
        _offsets = scenario.World.Agencies.ToDictionary(a => a.Id, a => countries.GetValueOrDefault(a.Country), StringComparer.Ordinal);
        _countries = scenario.World.Agencies.ToDictionary(a => a.Id, a => a.Country, StringComparer.Ordinal);
        _countryOffsets = countries;
    }

    /// <summary>Spans started, for the exporters' "nothing dropped" check.</summary>
    public long SpansStarted { get; private set; }

    public void OnReplication(ReplicationTrace trace)
    {
        // Nobody listening (no exporter, no meter provider): skip the per-hop work entirely.
        if (!CoopSimTelemetry.Source.HasListeners() && !Messages.Enabled && !TimeToReach.Enabled) return;

        var roots = new Dictionary<string, ActivityContext>(StringComparer.Ordinal);
        var issuedAt = new Dictionary<string, long>(StringComparer.Ordinal);
        var traceIds = new Dictionary<string, ActivityTraceId>(StringComparer.Ordinal);
        foreach (var issue in trace.Issues)
        {
            issuedAt[issue.AlertId] = issue.IssuedAtMs;
            var traceId = SpanIds.Trace(_scenario.Name, _seed, trace.Replication, issue.AlertId);
            traceIds[issue.AlertId] = traceId;
            using var root = Start($"issue {issue.AlertId}", ActivityKind.Producer, default, [], trace.Epoch, issue.IssuedAtMs, traceId, SpanIds.Span(traceId, -1));
            if (root is null) continue;
            root.SetTag(TelemetryAttributes.MessagingSystem, TelemetryAttributes.MessagingSystemValue);
            root.SetTag(TelemetryAttributes.MessagingOperationType, "send");
            root.SetTag(TelemetryAttributes.AlertId, issue.AlertId);
            root.SetTag(TelemetryAttributes.Origin, issue.Origin);
            root.SetTag(TelemetryAttributes.AgencyTo, issue.Origin);
            root.SetTag(TelemetryAttributes.AgencyToUtcOffsetMinutes, _offsets.GetValueOrDefault(issue.Origin));
            root.SetTag(TelemetryAttributes.Replication, trace.Replication);
            root.SetTag(TelemetryAttributes.Scenario, _scenario.Name);
            root.SetTag(TelemetryAttributes.TimeSent, Iso(trace.Epoch, issue.IssuedAtMs, issue.Origin));
            roots[issue.AlertId] = root.Context;
            Stop(root, trace.Epoch, issue.IssuedAtMs);
        }

        // Duplicates come last: the copy that beat them may have been sent after them, and they link to it.
        // No hop is parented on a duplicate, so parents always exist by the time their children are made.
        var spans = new ActivityContext[trace.Hops.Count];
        foreach (var hop in trace.Hops.Where(h => h.Outcome != HopOutcome.Duplicate).Concat(trace.Hops.Where(h => h.Outcome == HopOutcome.Duplicate)))
        {
            var root = roots.GetValueOrDefault(hop.AlertId);
            var parent = hop.ParentHopId >= 0 ? spans[hop.ParentHopId] : root;
            IEnumerable<ActivityLink> links = hop.Outcome == HopOutcome.Duplicate
                ? [new ActivityLink(hop.FirstDeliveryHopId >= 0 ? spans[hop.FirstDeliveryHopId] : root)]
                : [];
            var end = hop.ActAtMs >= 0 ? hop.ActAtMs : hop.SentAtMs;
            var traceId = traceIds.TryGetValue(hop.AlertId, out var known) ? known : SpanIds.Trace(_scenario.Name, _seed, trace.Replication, hop.AlertId);
            using var span = Start($"{hop.From} → {hop.To} via {hop.Channel}", ActivityKind.Consumer, parent, links, trace.Epoch, hop.SentAtMs,
                parent == default ? traceId : null, SpanIds.Span(traceId, hop.HopId));
            Measure(hop, issuedAt.GetValueOrDefault(hop.AlertId));
            if (span is null) continue;
            Tag(span, hop, trace);
            spans[hop.HopId] = span.Context;
            Stop(span, trace.Epoch, end);
        }

        foreach (var subject in trace.Subjects) SubjectSpans(trace, subject, issuedAt);
    }

    /// <summary>
    /// A subject's own trace: a root from its first alert's issue to its last arrival, a span per itinerary stop at the
    /// arrival (blocked in time or not, and by how much), and, where it was stopped, the interception: from the block to
    /// the arrival it pre-empted. The question a scenario asks about a subject can then be read from the trace alone.
    /// </summary>
    private void SubjectSpans(ReplicationTrace trace, SubjectTrace subject, Dictionary<string, long> issuedAt)
    {
        var traceId = SpanIds.Trace(_scenario.Name, _seed, trace.Replication, "subject:" + subject.Subject);
        var begin = subject.Alerts.Select(a => issuedAt.TryGetValue(a, out var at) ? at : long.MaxValue).DefaultIfEmpty(0).Min();
        if (begin == long.MaxValue) begin = 0;
        var last = subject.Stops.Count > 0 ? subject.Stops.Max(s => s.ArrivesAtMs) : begin;
        var intercepted = subject.InterceptedAtStop >= 0;
        var where = intercepted ? $"stopped in {subject.Stops[subject.InterceptedAtStop].Country}" : "not stopped";
        using var root = Start($"subject {subject.Subject}: {where}", ActivityKind.Internal, default, [], trace.Epoch, Math.Min(begin, last), traceId,
            SpanIds.Span(traceId, -1));
        if (root is null) return;
        root.SetTag(TelemetryAttributes.SubjectId, subject.Subject);
        root.SetTag(TelemetryAttributes.AlertId, string.Join(',', subject.Alerts));
        root.SetTag(TelemetryAttributes.Replication, trace.Replication);
        root.SetTag(TelemetryAttributes.Scenario, _scenario.Name);
        root.SetTag(TelemetryAttributes.SubjectIntercepted, intercepted);
        if (intercepted) root.SetTag(TelemetryAttributes.SubjectInterceptedStop, subject.InterceptedAtStop + 1);
        for (var k = 0; k < subject.Stops.Count; k++)
        {
            var stop = subject.Stops[k];
            var blocked = stop.LeadMs is > 0;
            using (var arrival = Start($"{subject.Subject} arrives in {stop.Country}", ActivityKind.Internal, root.Context, [], trace.Epoch, stop.ArrivesAtMs,
                null, SpanIds.Span(traceId, 2 * k)))
            {
                if (arrival is not null)
                {
                    StopTags(arrival, trace, subject, k);
                    arrival.SetTag(TelemetryAttributes.SubjectBlockedInTime, blocked);
                    Stop(arrival, trace.Epoch, stop.ArrivesAtMs);
                }
            }

            if (k != subject.InterceptedAtStop || stop.LeadMs is not { } lead) continue;
            using var block = Start($"{subject.Subject} stopped at the {stop.Country} border", ActivityKind.Internal, root.Context, [], trace.Epoch,
                stop.ArrivesAtMs - lead, null, SpanIds.Span(traceId, 2 * k + 1));
            if (block is null) continue;
            StopTags(block, trace, subject, k);
            Stop(block, trace.Epoch, stop.ArrivesAtMs);
        }

        Stop(root, trace.Epoch, last);
    }

    private void StopTags(Activity span, ReplicationTrace trace, SubjectTrace subject, int k)
    {
        var stop = subject.Stops[k];
        span.SetTag(TelemetryAttributes.SubjectId, subject.Subject);
        span.SetTag(TelemetryAttributes.SubjectStop, k + 1);
        span.SetTag(TelemetryAttributes.CountryTo, stop.Country);
        span.SetTag(TelemetryAttributes.Replication, trace.Replication);
        span.SetTag(TelemetryAttributes.TimeArrives, trace.Epoch.AddMilliseconds(stop.ArrivesAtMs)
            .ToOffset(TimeSpan.FromMinutes(_countryOffsets.GetValueOrDefault(stop.Country))).ToString("yyyy-MM-ddTHH:mm:sszzz", CultureInfo.InvariantCulture));
        if (stop.LeadMs is { } lead) span.SetTag(TelemetryAttributes.SubjectLead, lead / 1000.0);
    }

    private Activity? Start(string name, ActivityKind kind, ActivityContext parent, IEnumerable<ActivityLink> links, DateTimeOffset epoch, long atMs,
        ActivityTraceId? traceId, ActivitySpanId spanId)
    {
        var activity = CoopSimTelemetry.Source.CreateActivity(name, kind, parent, null, links);
        if (activity is null) return null;
        activity.SetCustomProperty(SessionProperty, this);
        if (_timeMode == TraceTimeMode.Simulated) activity.SetStartTime(epoch.UtcDateTime.AddMilliseconds(atMs));
        activity.Start();
        SpanIds.Assign(activity, traceId, spanId);
        SpansStarted++;
        return activity;
    }

    private void Stop(Activity activity, DateTimeOffset epoch, long atMs)
    {
        if (_timeMode == TraceTimeMode.Simulated) activity.SetEndTime(epoch.UtcDateTime.AddMilliseconds(atMs));
        activity.Stop();
    }

    private void Tag(Activity span, HopRecord hop, ReplicationTrace trace)
    {
        span.SetTag(TelemetryAttributes.MessagingSystem, TelemetryAttributes.MessagingSystemValue);
        span.SetTag(TelemetryAttributes.MessagingOperationType, "process");
        span.SetTag(TelemetryAttributes.MessagingDestinationName, hop.Channel);
        span.SetTag(TelemetryAttributes.MessagingMessageId, $"{trace.Replication}/{hop.HopId}");
        span.SetTag(TelemetryAttributes.AlertId, hop.AlertId);
        span.SetTag(TelemetryAttributes.AlertKind, KebabCase.Of(hop.AlertKind));
        span.SetTag(TelemetryAttributes.AlertPriority, KebabCase.Of(hop.Priority));
        span.SetTag(TelemetryAttributes.AgencyFrom, hop.From);
        span.SetTag(TelemetryAttributes.AgencyTo, hop.To);
        span.SetTag(TelemetryAttributes.AgencyFromUtcOffsetMinutes, _offsets.GetValueOrDefault(hop.From));
        span.SetTag(TelemetryAttributes.AgencyToUtcOffsetMinutes, _offsets.GetValueOrDefault(hop.To));
        span.SetTag(TelemetryAttributes.CountryTo, _countries.GetValueOrDefault(hop.To));
        span.SetTag(TelemetryAttributes.Channel, hop.Channel);
        span.SetTag(TelemetryAttributes.ChannelKind, KebabCase.Of(hop.ChannelKind));
        span.SetTag(TelemetryAttributes.Outcome, KebabCase.Of(hop.Outcome));
        span.SetTag(TelemetryAttributes.Hops, hop.Hops);
        span.SetTag(TelemetryAttributes.HopId, hop.HopId);
        span.SetTag(TelemetryAttributes.Replication, trace.Replication);
        span.SetTag(TelemetryAttributes.TimeSent, Iso(trace.Epoch, hop.SentAtMs, hop.From));
        if (hop.ArrivedAtMs >= 0) span.SetTag(TelemetryAttributes.TimeArrived, Iso(trace.Epoch, hop.ArrivedAtMs, hop.To));
        if (hop.ActAtMs >= 0) span.SetTag(TelemetryAttributes.TimeAct, Iso(trace.Epoch, hop.ActAtMs, hop.To));
        span.SetTag(TelemetryAttributes.DelayHeld, hop.HeldMs / 1000.0);
        span.SetTag(TelemetryAttributes.DelayTransit, hop.TransitMs / 1000.0);
        span.SetTag(TelemetryAttributes.DelayOfficeWait, hop.OfficeWaitMs / 1000.0);
        span.SetTag(TelemetryAttributes.DelayQueue, hop.QueueMs / 1000.0);
        if (hop.WaitingMs > 0) span.SetTag(TelemetryAttributes.DelayWaiting, hop.WaitingMs / 1000.0);
        span.SetTag(TelemetryAttributes.DelayTranslation, hop.TranslationMs / 1000.0);
        span.SetTag(TelemetryAttributes.DelayLegalReview, hop.LegalReviewMs / 1000.0);
        if (hop.Outcome is HopOutcome.Lost or HopOutcome.DroppedByOutage or HopOutcome.Expired)
            span.SetStatus(ActivityStatusCode.Error, KebabCase.Of(hop.Outcome));
    }

    private void Measure(HopRecord hop, long issuedAtMs)
    {
        Messages.Add(1, new KeyValuePair<string, object?>(TelemetryAttributes.Channel, hop.Channel),
            new KeyValuePair<string, object?>(TelemetryAttributes.Outcome, KebabCase.Of(hop.Outcome)));
        if (hop.Outcome != HopOutcome.Delivered) return;
        Reach.Add(1, new KeyValuePair<string, object?>(TelemetryAttributes.AlertId, hop.AlertId));
        // By country, not agency: a generated world has 10,000 agencies, beyond any metric backend's cardinality limit.
        TimeToReach.Record((hop.ActAtMs - issuedAtMs) / 1000.0, new KeyValuePair<string, object?>(TelemetryAttributes.AlertId, hop.AlertId),
            new KeyValuePair<string, object?>(TelemetryAttributes.CountryTo, _countries.GetValueOrDefault(hop.To)));
    }

    /// <summary>A simulated instant in the agency's local time, with its offset, e.g. 2025-04-18T21:12:00+09:00.</summary>
    private string Iso(DateTimeOffset epoch, long atMs, string agency) =>
        epoch.AddMilliseconds(atMs).ToOffset(TimeSpan.FromMinutes(_offsets.GetValueOrDefault(agency)))
            .ToString("yyyy-MM-ddTHH:mm:sszzz", CultureInfo.InvariantCulture);
}
