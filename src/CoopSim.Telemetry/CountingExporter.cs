using System.Diagnostics;
using OpenTelemetry;

namespace CoopSim.Telemetry;

/// <summary>
/// Counts the CoopSim spans that reach an exporter, so that spans the batch processor dropped can be
/// reported, never lost silently. Spans of other sources (Orleans) pass through uncounted: the session
/// only knows how many of its own it started.
/// </summary>
public sealed class CountingExporter(BaseExporter<Activity> inner) : BaseExporter<Activity>
{
    public long Exported { get; private set; }

    public override ExportResult Export(in Batch<Activity> batch)
    {
        // A batch drained from the processor's queue can be enumerated once only, so copy it before counting.
        var items = new Activity[batch.Count];
        var count = 0;
        foreach (var activity in batch)
        {
            items[count++] = activity;
            if (activity.Source.Name == CoopSimTelemetry.Name) Exported++;
        }

        return inner.Export(new Batch<Activity>(items, count));
    }

    protected override bool OnForceFlush(int timeoutMilliseconds) => inner.ForceFlush(timeoutMilliseconds);

    protected override bool OnShutdown(int timeoutMilliseconds) => inner.Shutdown(timeoutMilliseconds);

    protected override void Dispose(bool disposing)
    {
        if (disposing) inner.Dispose();
        base.Dispose(disposing);
    }
}
