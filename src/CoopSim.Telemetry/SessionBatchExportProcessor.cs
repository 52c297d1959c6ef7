using System.Diagnostics;
using OpenTelemetry;

namespace CoopSim.Telemetry;

/// <summary>
/// A batch processor for exporters that talk to the network (OTLP), with a queue large enough for big runs;
/// it passes on only its session's spans.
/// </summary>
internal sealed class SessionBatchExportProcessor(BaseExporter<Activity> exporter, TraceObserver session)
    : BatchActivityExportProcessor(exporter, maxQueueSize: 1 << 20, scheduledDelayMilliseconds: 500, exporterTimeoutMilliseconds: 30_000, maxExportBatchSize: 2048)
{
    public override void OnEnd(Activity data)
    {
        if (SessionActivityFilter.IsForeign(data, session)) return;
        base.OnEnd(data);
    }
}
