using System.Diagnostics;
using OpenTelemetry;
using OpenTelemetry.Exporter;

namespace CoopSim.Telemetry;

/// <summary>
/// <c>--trace console</c>: OpenTelemetry's own console exporter (OpenTelemetry.Exporter.Console), synchronous
/// (nothing can be dropped), taking only its session's spans, and writing to the session's writer (stderr in
/// the CLI, a string in tests) instead of the process's stdout.
/// </summary>
/// <remarks>
/// The routing sits here rather than in a wrapping exporter: the SDK gives the exporter it is handed its parent
/// provider, from which the console exporter reads the resource it prints; a wrapped exporter would get none.
/// </remarks>
internal sealed class SessionConsoleExportProcessor(TextWriter output, TraceObserver session)
    : SimpleActivityExportProcessor(new ConsoleActivityExporter(new ConsoleExporterOptions { Targets = ConsoleExporterOutputTargets.Debug }))
{
    /// <summary>CoopSim spans written to the console.</summary>
    public long Exported { get; private set; }

    public override void OnEnd(Activity data)
    {
        if (SessionActivityFilter.IsForeign(data, session)) return;
        ConsoleExporterRoute.Into(output, () => base.OnEnd(data));
        output.Flush();
        if (data.Source.Name == CoopSimTelemetry.Name) Exported++;
    }
}
