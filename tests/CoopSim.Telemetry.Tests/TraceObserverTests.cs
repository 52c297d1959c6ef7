using System.Diagnostics;
using CoopSim.Model.World;
using CoopSim.Simulation.Tracing;

namespace CoopSim.Telemetry.Tests;

/// <summary>
/// The observer on hand-built traces, and ids and isolation on real runs. None of these take
/// <see cref="TelemetryRun.Gate"/>: each session exports only its own spans, so they may overlap with any other test.
/// </summary>
public sealed class TraceObserverTests
{
    private static readonly DateTimeOffset Epoch = new(2025, 4, 18, 1, 0, 0, TimeSpan.Zero);

    [Fact]
    public void OnReplication_DuplicateSentBeforeTheFirstDelivery_LinksToTheLaterFirstDeliverySpan()
    {
        // Hop 1 is a duplicate whose first delivery (hop 2) was sent after it: the observer must still link it.
        var trace = new ReplicationTrace(3, Epoch, [new AlertIssue("W-1", "kr.knpa", 0)],
        [
            Hop(0, -1, -1, "kr.knpa", "kr.knpa.vn-desk", "kr-knpa-vn-desk", 0, 60_000, HopOutcome.Delivered),
            Hop(1, 0, 2, "kr.knpa.vn-desk", "vn.mps.korea-desk", "kr-vn-desk", 120_000, 9_000_000, HopOutcome.Duplicate),
            Hop(2, -1, -1, "kr.knpa", "vn.mps.korea-desk", "interpol-diffusion", 130_000, 3_600_000, HopOutcome.Delivered),
            Hop(3, 2, -1, "vn.mps.korea-desk", "vn.mps", "vn-domestic", 3_700_000, -1, HopOutcome.Lost),
        ]);

        var spans = Export(trace);

        Assert.Equal(5, spans.Count);
        var root = Assert.Single(spans, s => s.IsRoot);
        var byHop = spans.Where(s => !s.IsRoot).ToDictionary(s => s.Int(TelemetryAttributes.HopId)!.Value);
        Assert.All(spans, s => Assert.Equal(root.TraceId, s.TraceId));
        Assert.Equal(root.SpanId, byHop[0].ParentSpanId);
        Assert.Equal(byHop[0].SpanId, byHop[1].ParentSpanId);
        Assert.Equal(root.SpanId, byHop[2].ParentSpanId);
        Assert.Equal(byHop[2].SpanId, byHop[3].ParentSpanId);
        Assert.Equal((root.TraceId, byHop[2].SpanId), Assert.Single(byHop[1].Links));
        Assert.Empty(byHop[2].Links);
        Assert.Equal("lost", byHop[3].Attribute(TelemetryAttributes.Outcome));
        Assert.Equal("3", byHop[1].Attribute(TelemetryAttributes.Replication));
        Assert.Equal("8880", byHop[1].Attribute(TelemetryAttributes.DelayTransit));
        Assert.Equal("kr-vn-desk", byHop[1].Attribute(TelemetryAttributes.MessagingDestinationName));
        Assert.Equal("send", root.Attribute(TelemetryAttributes.MessagingOperationType));
        Assert.Equal(Epoch.UtcDateTime.AddMilliseconds(130_000), byHop[2].Start);
        Assert.Equal(Epoch.UtcDateTime.AddMilliseconds(3_600_000), byHop[2].End);
    }

    [Fact]
    public void OnReplication_SameTraceTwice_GivesTheSameDerivedIds()
    {
        var trace = new ReplicationTrace(0, Epoch, [new AlertIssue("W-1", "kr.knpa", 0)],
            [Hop(0, -1, -1, "kr.knpa", "kr.knpa.vn-desk", "kr-knpa-vn-desk", 0, 60_000, HopOutcome.Delivered)]);

        var first = Export(trace);
        var second = Export(trace);

        Assert.True(SpanIds.Supported);
        Assert.Equal(first.Select(s => (s.TraceId, s.SpanId, s.ParentSpanId)), second.Select(s => (s.TraceId, s.SpanId, s.ParentSpanId)));
        var expectedTrace = SpanIds.Trace(TelemetryRun.Load("korea-desk-wanted.yaml").Name, 7, 0, "W-1");
        Assert.Equal(expectedTrace.ToHexString(), first[0].TraceId);
        Assert.Equal(SpanIds.Span(expectedTrace, -1).ToHexString(), first.Single(s => s.IsRoot).SpanId);
        Assert.Equal(SpanIds.Span(expectedTrace, 0).ToHexString(), first.Single(s => !s.IsRoot).SpanId);
    }

    [Fact]
    public void Trace_OtherSeedOrReplication_GivesAnotherTraceId()
    {
        var id = SpanIds.Trace("s", 7, 0, "W-1");
        Assert.NotEqual(id, SpanIds.Trace("s", 8, 0, "W-1"));
        Assert.NotEqual(id, SpanIds.Trace("s", 7, 1, "W-1"));
        Assert.NotEqual(id, SpanIds.Trace("s", 7, 0, "W-2"));
        Assert.NotEqual(SpanIds.Span(id, 0), SpanIds.Span(id, 1));
    }

    [Fact]
    public async Task Run_SameScenarioAndSeedTwice_WritesByteIdenticalFiles()
    {
        var a = TempPath();
        var b = TempPath();
        try
        {
            foreach (var path in new[] { a, b })
            {
                using var session = TelemetrySession.Start([$"jsonl:{path}"], TelemetryRun.Load("korea-desk-outage-manhunt.yaml"), TraceTimeMode.Simulated, TextWriter.Null, seed: 7);
                await TelemetryRun.RunAsync("korea-desk-outage-manhunt.yaml", 3, session);
            }

            Assert.True(new FileInfo(a).Length > 0);
            Assert.Equal(File.ReadAllBytes(a), File.ReadAllBytes(b));
        }
        finally
        {
            File.Delete(a);
            File.Delete(b);
        }
    }

    [Fact]
    public async Task Run_TwoSessionsAtOnce_EachFileHoldsOnlyItsOwnSpans()
    {
        var mine = TempPath();
        var other = TempPath();
        try
        {
            var scenario = TelemetryRun.Load("korea-desk-wanted.yaml");
            long started;
            using (var idle = TelemetrySession.Start([$"jsonl:{other}"], scenario, TraceTimeMode.Simulated, TextWriter.Null))
            using (var session = TelemetrySession.Start([$"jsonl:{mine}"], scenario, TraceTimeMode.Simulated, TextWriter.Null))
            {
                await TelemetryRun.RunAsync("korea-desk-wanted.yaml", 2, session);
                started = session.SpansStarted;
            }

            Assert.True(started > 0);
            Assert.Equal(started, TraceFile.Read(mine).Count);
            Assert.Empty(TraceFile.Read(other));
        }
        finally
        {
            File.Delete(mine);
            File.Delete(other);
        }
    }

    [Fact]
    public void Start_WithExtraSource_ExportsItsSpansBesideTheHops()
    {
        var path = TempPath();
        try
        {
            using var orleans = new ActivitySource("Microsoft.Orleans.Runtime");
            using (var session = TelemetrySession.Start([$"jsonl:{path}"], TelemetryRun.Load("korea-desk-wanted.yaml"), TraceTimeMode.Simulated, TextWriter.Null,
                       extraSources: [TelemetrySources.Orleans]))
            {
                using (orleans.StartActivity("IAgencyGrain/RunWindow")) { }
                session.Observer.OnReplication(new ReplicationTrace(0, Epoch, [new AlertIssue("W-1", "kr.knpa", 0)], []));
            }

            var spans = TraceFile.Read(path);
            Assert.Contains(spans, s => s.Name == "IAgencyGrain/RunWindow");
            Assert.Contains(spans, s => s.Name == "issue W-1");
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void OnReplication_WallTime_StampsSpansWithTheRealClock()
    {
        var before = DateTime.UtcNow;
        var spans = Export(new ReplicationTrace(0, Epoch, [new AlertIssue("W-1", "kr.knpa", 0)], []), TraceTimeMode.Wall);
        Assert.InRange(Assert.Single(spans).Start, before.AddSeconds(-1), DateTime.UtcNow.AddSeconds(1));
    }

    private static IReadOnlyList<SpanRecord> Export(ReplicationTrace trace, TraceTimeMode mode = TraceTimeMode.Simulated)
    {
        var path = TempPath();
        try
        {
            using (var session = TelemetrySession.Start([$"jsonl:{path}"], TelemetryRun.Load("korea-desk-wanted.yaml"), mode, TextWriter.Null, seed: 7))
                session.Observer.OnReplication(trace);
            return TraceFile.Read(path);
        }
        finally
        {
            File.Delete(path);
        }
    }

    private static HopRecord Hop(int id, int parent, int firstDelivery, string from, string to, string channel, long sent, long act, HopOutcome outcome) =>
        new(id, parent, firstDelivery, "W-1", AlertKind.WantedPerson, Priority.Urgent, from, to, channel, ChannelKind.BilateralDesk,
            sent, act < 0 ? -1 : act, act, 0, act < 0 ? 0 : act - sent, 0, 0, 0, 0, 1, outcome);

    private static string TempPath() => Path.Combine(Path.GetTempPath(), $"coopsim-{Guid.NewGuid():N}.jsonl");
}
