using System.Diagnostics;
using CoopSim.Model.Scenario;
using CoopSim.Simulation.Engine;
using OpenTelemetry;
using OpenTelemetry.Exporter;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace CoopSim.Telemetry;

/// <summary>
/// The OpenTelemetry pipeline of one run: a tracer provider with the exporters the user named
/// (<c>console</c>, <c>otlp</c>, <c>jsonl:PATH</c>), and, with OTLP, a meter provider. Disposing flushes
/// everything and reports what was exported and whether any span was dropped.
/// </summary>
public sealed class TelemetrySession : IDisposable
{
    private readonly TracerProvider _tracer;
    private readonly MeterProvider? _meter;
    private readonly List<JsonLinesSpanExporter> _files = [];
    private readonly List<CountingExporter> _otlp = [];
    private readonly SessionConsoleExportProcessor? _console;
    private readonly TraceObserver _writer;
    private bool _disposed;

    private TelemetrySession(IReadOnlyList<TraceTarget> targets, ScenarioModel scenario, TraceTimeMode mode, TextWriter console,
        IEnumerable<string> extraSources, Action<OtlpExporterOptions>? configureOtlp, ulong seed, TraceRunInfo? run)
    {
        var header = new TraceFileHeader(run?.Tool, scenario.Name, run?.ScenarioSha256, run?.WorldSha256, seed, run?.Replications, mode);
        _writer = new TraceObserver(scenario, mode, seed);
        var builder = Sdk.CreateTracerProviderBuilder()
            .SetSampler(new AlwaysOnSampler())
            // No random service.instance.id: the console exporter prints the resource with every span, and the same
            // scenario and seed must print the same text.
            .SetResourceBuilder(ResourceBuilder.CreateDefault().AddService("coopsim", autoGenerateServiceInstanceId: false).AddAttributes([new(TelemetryAttributes.Scenario, scenario.Name)]))
            .AddSource(CoopSimTelemetry.Name);
        foreach (var source in extraSources) builder.AddSource(source);

        var wantsOtlp = false;
        foreach (var target in targets)
        {
            switch (target.Kind)
            {
                case "console":
                    _console = new SessionConsoleExportProcessor(console, _writer);
                    builder.AddProcessor(_console);
                    break;
                case "jsonl":
                    JsonLinesSpanExporter file;
                    try
                    {
                        file = new JsonLinesSpanExporter(target.Path!, header);
                    }
                    catch
                    {
                        // An earlier jsonl target already opened its temporary file: leave nothing behind.
                        foreach (var opened in _files)
                        {
                            opened.Abandoned = true;
                            opened.Shutdown();
                        }

                        throw;
                    }

                    _files.Add(file);
                    builder.AddProcessor(new SessionSimpleExportProcessor(file, _writer));
                    break;
                default:
                    wantsOtlp = true;
                    var options = new OtlpExporterOptions();
                    configureOtlp?.Invoke(options);
                    var counting = new CountingExporter(new OtlpTraceExporter(options)) { Destination = $"{options.Endpoint} ({Protocol(options.Protocol)})" };
                    _otlp.Add(counting);

                    // A large queue so that big runs keep up; what it still drops is counted and reported.
                    builder.AddProcessor(new SessionBatchExportProcessor(counting, _writer));
                    break;
            }
        }

        _tracer = builder.Build()!;
        if (wantsOtlp)
        {
            _meter = Sdk.CreateMeterProviderBuilder()
                .SetResourceBuilder(ResourceBuilder.CreateDefault().AddService("coopsim"))
                .AddMeter(CoopSimTelemetry.Name)
                .AddOtlpExporter(o =>
                {
                    configureOtlp?.Invoke(o);

                    // An endpoint given in code is used as it is (the SDK appends /v1/metrics only to the
                    // OTEL_EXPORTER_OTLP_ENDPOINT variable), so a traces URL must not receive the metrics.
                    if (o.Protocol == OtlpExportProtocol.HttpProtobuf && o.Endpoint.AbsolutePath.EndsWith("/v1/traces", StringComparison.Ordinal))
                        o.Endpoint = new Uri(o.Endpoint, o.Endpoint.AbsolutePath[..^"/v1/traces".Length] + "/v1/metrics");
                })
                .Build();
        }
    }

    /// <summary>Give this to the engine.</summary>
    public ISimulationObserver Observer => _writer;

    public long SpansStarted => _writer.SpansStarted;

    /// <summary>Starts a session, or throws <see cref="ArgumentException"/> with a one-line message for a bad spec.</summary>
    /// <param name="specs">Each <c>--trace</c> value: <c>console</c>, <c>otlp</c> or <c>jsonl:PATH</c>.</param>
    /// <param name="console">Where the console exporter writes (stderr in the CLI, so stdout stays clean).</param>
    /// <param name="extraSources">More activity sources to export, e.g. <see cref="TelemetrySources.Orleans"/>.</param>
    /// <param name="configureOtlp">Overrides on top of the OTEL_EXPORTER_OTLP_* variables (tests point it at a local receiver).</param>
    /// <param name="seed">The run's seed, part of every trace id; the scenario's own seed when null.</param>
    /// <param name="run">The tool, content hashes and replications for a trace file's header (null where unknown).</param>
    public static TelemetrySession Start(IReadOnlyList<string> specs, ScenarioModel scenario, TraceTimeMode mode, TextWriter console,
        IEnumerable<string>? extraSources = null, Action<OtlpExporterOptions>? configureOtlp = null, ulong? seed = null, TraceRunInfo? run = null) =>
        new(specs.Select(TraceTarget.Parse).ToArray(), scenario, mode, console, extraSources ?? [], configureOtlp, seed ?? scenario.Run.Seed, run);

    /// <summary>Call when the run failed: trace files are discarded rather than left half-written.</summary>
    public void Abandon()
    {
        foreach (var file in _files) file.Abandoned = true;
    }

    /// <summary>One line on what was exported, and how many spans were dropped if any were.</summary>
    public string Summary()
    {
        var parts = new List<string> { $"{SpansStarted:N0} spans" };
        foreach (var file in _files) parts.Add($"{file.Exported:N0} written to file");
        if (_console is not null) parts.Add($"{_console.Exported:N0} to the console");
        foreach (var otlp in _otlp)
        {
            parts.Add($"{otlp.Exported:N0} sent over OTLP");
            // With no collector the reader's first question is where the spans were meant to go.
            if (otlp.Failed > 0) parts.Add($"{otlp.Failed:N0} FAILED to send over OTLP to {otlp.Destination}");
            var dropped = SpansStarted - otlp.Exported - otlp.Failed;
            if (dropped > 0) parts.Add($"{dropped:N0} DROPPED by the OTLP queue");
        }

        return "traces: " + string.Join(", ", parts);
    }

    private static string Protocol(OtlpExportProtocol protocol) => protocol == OtlpExportProtocol.Grpc ? "grpc" : "http/protobuf";

    public void Dispose()
    {
        if (_disposed) return;
        _disposed = true;
        _tracer.ForceFlush();
        _tracer.Dispose();
        _meter?.Dispose();
    }
}
