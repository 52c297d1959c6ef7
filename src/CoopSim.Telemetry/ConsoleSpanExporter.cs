using CoopSim.Model;
using System.Diagnostics;
using System.Globalization;
using OpenTelemetry;

namespace CoopSim.Telemetry;

/// <summary>
/// A console exporter on the OpenTelemetry SDK (the OpenTelemetry.Exporter.Console package is not to be had
/// here): one readable line per span, in simulated local time of the recipient.
/// </summary>
public sealed class ConsoleSpanExporter(TextWriter output) : BaseExporter<Activity>
{
    public long Exported { get; private set; }

    public override ExportResult Export(in Batch<Activity> batch)
    {
        foreach (var activity in batch)
        {
            Exported++;
            var at = activity.GetTagItem(TelemetryAttributes.TimeAct) ?? activity.GetTagItem(TelemetryAttributes.TimeSent) ?? activity.StartTimeUtc.ToString("O", CultureInfo.InvariantCulture);
            var outcome = activity.GetTagItem(TelemetryAttributes.Outcome) as string;
            var replication = activity.GetTagItem(TelemetryAttributes.Replication);
            var took = HumanDuration.Format(activity.Duration.TotalSeconds);
            output.WriteLine(outcome is null
                ? $"[r{replication}] {at} {activity.DisplayName}"
                : $"[r{replication}] {at} {activity.DisplayName} ({outcome}, {took}) trace {activity.TraceId.ToHexString()[..8]} span {activity.SpanId.ToHexString()[..8]}");
        }

        output.Flush();
        return ExportResult.Success;
    }
}
