using CoopSim.Simulation.Tracing;

namespace CoopSim.Telemetry.Tests;

public sealed class JsonLinesTraceTests
{
    [Fact]
    public async Task Run_WithJsonLinesExporter_WritesOneSpanPerHopWithParentsAndLinks()
    {
        await TelemetryRun.Gate.WaitAsync();
        var path = Path.Combine(Path.GetTempPath(), $"coopsim-{Guid.NewGuid():N}.jsonl");
        try
        {
            List<ReplicationTrace> traces;
            using (var session = TelemetrySession.Start([$"jsonl:{path}"], TelemetryRun.Load("korea-desk-outage-manhunt.yaml"), TraceTimeMode.Simulated, TextWriter.Null))
                traces = await TelemetryRun.RunAsync("korea-desk-outage-manhunt.yaml", 5, session);

            var spans = TraceFile.Read(path);
            var hops = traces.Sum(t => t.Hops.Count);
            var roots = traces.Sum(t => t.Issues.Count);
            Assert.Equal(hops + roots, spans.Count);

            var byId = spans.ToDictionary(s => s.SpanId);
            foreach (var trace in traces)
            {
                var mine = spans.Where(s => s.Int(TelemetryAttributes.Replication) == trace.Replication && !s.IsRoot)
                    .ToDictionary(s => s.Int(TelemetryAttributes.HopId)!.Value);
                Assert.Equal(trace.Hops.Count, mine.Count);
                foreach (var hop in trace.Hops)
                {
                    var span = mine[hop.HopId];
                    var parent = byId[span.ParentSpanId!];
                    Assert.Equal(span.TraceId, parent.TraceId);
                    if (hop.ParentHopId >= 0) Assert.Equal(hop.ParentHopId, parent.Int(TelemetryAttributes.HopId));
                    else Assert.True(parent.IsRoot);
                    Assert.Equal(hop.Channel, span.Attribute(TelemetryAttributes.Channel));

                    if (hop.Outcome == HopOutcome.Duplicate)
                    {
                        var link = Assert.Single(span.Links);
                        var first = byId[link.SpanId];
                        if (hop.FirstDeliveryHopId >= 0) Assert.Equal(hop.FirstDeliveryHopId, first.Int(TelemetryAttributes.HopId));
                        else Assert.True(first.IsRoot);
                    }
                    else
                    {
                        Assert.Empty(span.Links);
                    }
                }
            }

            Assert.Contains(spans, s => s.Attribute(TelemetryAttributes.Outcome) == "duplicate");
            Assert.Contains(spans, s => s.Attribute(TelemetryAttributes.Outcome) == "dropped-by-outage");
        }
        finally
        {
            File.Delete(path);
            TelemetryRun.Gate.Release();
        }
    }

    [Fact]
    public async Task Run_SimulatedTime_StampsSpansWithSimulatedInstants()
    {
        await TelemetryRun.Gate.WaitAsync();
        var path = Path.Combine(Path.GetTempPath(), $"coopsim-{Guid.NewGuid():N}.jsonl");
        try
        {
            var scenario = TelemetryRun.Load("korea-desk-wanted.yaml");
            using (var session = TelemetrySession.Start([$"jsonl:{path}"], scenario, TraceTimeMode.Simulated, TextWriter.Null))
                await TelemetryRun.RunAsync("korea-desk-wanted.yaml", 1, session);

            var root = TraceFile.Read(path).Single(s => s.IsRoot);
            Assert.Equal(scenario.Epoch.UtcDateTime, root.Start);
        }
        finally
        {
            File.Delete(path);
            TelemetryRun.Gate.Release();
        }
    }

    [Fact]
    public void Read_MalformedLine_ReportsFileLineAndColumn()
    {
        var path = Path.Combine(Path.GetTempPath(), $"coopsim-{Guid.NewGuid():N}.jsonl");
        File.WriteAllText(path, "{\"trace_id\": \"x\"\n{oops\n");
        try
        {
            var ex = Assert.Throws<TraceFileException>(() => TraceFile.Read(path));
            Assert.Matches(@"\.jsonl\(1,\d+\): error: not a", ex.Message);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Parse_UnknownTraceTarget_IsRejectedInOneLine()
    {
        var ex = Assert.Throws<ArgumentException>(() => TraceTarget.Parse("zipkin"));
        Assert.Contains("console, otlp, jsonl:PATH", ex.Message);
    }
}
