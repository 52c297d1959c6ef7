using System.Diagnostics;
using OpenTelemetry;

namespace CoopSim.Telemetry;

/// <summary>A synchronous export processor (nothing can be dropped) that passes on only its session's spans.</summary>
internal sealed class SessionSimpleExportProcessor(BaseExporter<Activity> exporter, TraceObserver session) : SimpleActivityExportProcessor(exporter)
{
    public override void OnEnd(Activity data)
    {
        if (SessionActivityFilter.IsForeign(data, session)) return;
        base.OnEnd(data);
    }
}
