using System.Diagnostics;
using OpenTelemetry;

namespace CoopSim.Telemetry;

/// <summary>
/// Counts the CoopSim spans that reach an exporter, so that spans the batch processor dropped can be
/// reported, never lost silently. Spans of other sources (Orleans) pass through uncounted: the session
/// only knows how many of its own it started.
/// </summary>
internal sealed class CountingExporter(BaseExporter<Activity> inner) : BaseExporter<Activity>
{
    /// <summary>Where the spans go (the OTLP endpoint and protocol), named when they fail to get there.</summary>
    public string? Destination { get; init; }

    /// <summary>CoopSim spans the receiver accepted.</summary>
    public long Exported { get; private set; }

    /// <summary>CoopSim spans handed to the exporter whose export failed (receiver down, timeout, rejected).</summary>
    public long Failed { get; private set; }

    public override ExportResult Export(in Batch<Activity> batch)
    {
        // A batch drained from the processor's queue can be enumerated once only, so copy it before counting.
        var items = new Activity[batch.Count];
        var count = 0;
        var ours = 0;
        foreach (var activity in batch)
        {
            items[count++] = activity;
            if (activity.Source.Name == CoopSimTelemetry.Name) ours++;
        }

        var result = inner.Export(new Batch<Activity>(items, count));
        if (result == ExportResult.Success) Exported += ours;
        else Failed += ours;
        return result;
    }

    protected override bool OnForceFlush(int timeoutMilliseconds) => inner.ForceFlush(timeoutMilliseconds);

    protected override bool OnShutdown(int timeoutMilliseconds) => inner.Shutdown(timeoutMilliseconds);

    protected override void Dispose(bool disposing)
    {
        if (disposing) inner.Dispose();
        base.Dispose(disposing);
    }
}
