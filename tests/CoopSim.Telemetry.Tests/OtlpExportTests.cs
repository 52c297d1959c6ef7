using System.Net;
using System.Net.Sockets;
using System.Text;
using OpenTelemetry.Exporter;

namespace CoopSim.Telemetry.Tests;

public sealed class OtlpExportTests
{
    [Fact]
    public async Task Run_WithOtlpExporter_SendsEverySpanToTheReceiver()
    {
        await TelemetryRun.Gate.WaitAsync();
        var port = FreePort();
        using var listener = new HttpListener();
        listener.Prefixes.Add($"http://127.0.0.1:{port}/");
        listener.Start();
        var received = new List<byte[]>();
        var paths = new List<string>();
        using var stop = new CancellationTokenSource();
        var receiver = Task.Run(async () =>
        {
            while (!stop.IsCancellationRequested)
            {
                HttpListenerContext context;
                try
                {
                    context = await listener.GetContextAsync().WaitAsync(stop.Token);
                }
                catch (OperationCanceledException)
                {
                    return;
                }

                using var body = new MemoryStream();
                await context.Request.InputStream.CopyToAsync(body);
                lock (received)
                {
                    received.Add(body.ToArray());
                    paths.Add(context.Request.Url!.AbsolutePath);
                }

                context.Response.StatusCode = 200;
                context.Response.ContentType = "application/x-protobuf";
                context.Response.Close();
            }
        });

        try
        {
            long started;
            List<Simulation.Tracing.ReplicationTrace> traces;
            using (var session = TelemetrySession.Start(["otlp"], TelemetryRun.Load("korea-desk-wanted.yaml"), TraceTimeMode.Simulated, TextWriter.Null,
                       configureOtlp: o =>
                       {
                           o.Protocol = OtlpExportProtocol.HttpProtobuf;
                           o.Endpoint = new Uri($"http://127.0.0.1:{port}/v1/traces");
                       }))
            {
                traces = await TelemetryRun.RunAsync("korea-desk-wanted.yaml", 3, session);
                started = session.SpansStarted;
            }

            await stop.CancelAsync();
            await receiver;
            byte[][] traceBodies;
            lock (received) traceBodies = received.Where((_, i) => paths[i] == "/v1/traces").ToArray();

            // Every span carries the replication attribute once, so its key occurs once per span in the protobuf.
            var spans = traceBodies.Sum(b => Occurrences(b, Encoding.UTF8.GetBytes(TelemetryAttributes.Replication)));
            Assert.Equal(traces.Sum(t => t.Hops.Count + t.Issues.Count), started);
            Assert.Equal(started, spans);
            Assert.Contains(traceBodies, b => Occurrences(b, Encoding.UTF8.GetBytes("issue W-1")) > 0);

            // The meter provider's final collection goes to the metrics path, not the traces one.
            byte[][] metricBodies;
            lock (received) metricBodies = received.Where((_, i) => paths[i] == "/v1/metrics").ToArray();
            Assert.Contains(metricBodies, b => Occurrences(b, Encoding.UTF8.GetBytes("coopsim.messages")) > 0);
            Assert.DoesNotContain(traceBodies, b => Occurrences(b, Encoding.UTF8.GetBytes("coopsim.messages")) > 0);
        }
        finally
        {
            listener.Stop();
            TelemetryRun.Gate.Release();
        }
    }

    private static int FreePort()
    {
        using var socket = new TcpListener(IPAddress.Loopback, 0);
        socket.Start();
        return ((IPEndPoint)socket.LocalEndpoint).Port;
    }

    private static int Occurrences(byte[] haystack, byte[] needle)
    {
        var count = 0;
        for (var i = 0; i <= haystack.Length - needle.Length; i++)
            if (haystack.AsSpan(i, needle.Length).SequenceEqual(needle)) count++;
        return count;
    }

    [Fact]
    public void Summary_ReceiverDown_ReportsTheSpansThatFailedAndWhere()
    {
        // A port nobody listens on: every export fails, and the summary must say so rather than claim success.
        var port = FreePort();
        var session = TelemetrySession.Start(["otlp"], TelemetryRun.Load("korea-desk-wanted.yaml"), TraceTimeMode.Simulated, TextWriter.Null,
            configureOtlp: o =>
            {
                o.Protocol = OtlpExportProtocol.HttpProtobuf;
                o.Endpoint = new Uri($"http://127.0.0.1:{port}/v1/traces");
                o.TimeoutMilliseconds = 2000;
            });
        session.Observer.OnReplication(new Simulation.Tracing.ReplicationTrace(0, DateTimeOffset.UnixEpoch, [new Simulation.Tracing.AlertIssue("W-1", "kr.knpa", 0)], []));
        session.Dispose();

        Assert.Equal($"traces: 1 spans, 0 sent over OTLP, 1 FAILED to send over OTLP to http://127.0.0.1:{port}/v1/traces (http/protobuf)", session.Summary());
    }
}
