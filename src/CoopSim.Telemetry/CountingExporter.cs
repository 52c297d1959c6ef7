using System.Diagnostics;
using OpenTelemetry;

namespace CoopSim.Telemetry;

/// <summary>Counts what reaches an exporter, so that spans the batch processor dropped can be reported, never lost silently.</summary>
public sealed class CountingExporter(BaseExporter<Activity> inner) : BaseExporter<Activity>
{
    public long Exported { get; private set; }

    public override ExportResult Export(in Batch<Activity> batch)
    {
        Exported += batch.Count;
        return inner.Export(batch);
    }

    protected override bool OnForceFlush(int timeoutMilliseconds) => inner.ForceFlush(timeoutMilliseconds);

    protected override bool OnShutdown(int timeoutMilliseconds) => inner.Shutdown(timeoutMilliseconds);

    protected override void Dispose(bool disposing)
    {
        if (disposing) inner.Dispose();
        base.Dispose(disposing);
    }
}
