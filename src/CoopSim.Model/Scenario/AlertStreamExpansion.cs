using System.Globalization;

namespace CoopSim.Model.Scenario;

/// <summary>
/// Turns a stream into its alerts (docs/model.md, "Issue"). Poisson spacings are drawn from a random stream of the
/// stream's own, keyed by the scenario's seed and the stream's id (replication −1, which no replication has): the times
/// are the same every time the scenario is loaded, and no other draw moves when a stream is added, removed or changed.
/// Every replication sees the same issue times.
/// </summary>
public static class AlertStreamExpansion
{
    /// <summary>The stream's alerts, <c>ID-1</c>, <c>ID-2</c>, … in order of issue; null when it would issue more than <see cref="AlertStream.MaxAlerts"/>.</summary>
    public static IReadOnlyList<AlertSpec>? Expand(AlertStream stream, ulong scenarioSeed)
    {
        var random = SimRandom.ForStream(scenarioSeed, -1, "alert-stream:" + stream.Id);
        var alerts = new List<AlertSpec>();
        var at = stream.From.Milliseconds;
        var limit = stream.Count ?? int.MaxValue;
        while (alerts.Count < limit)
        {
            if (stream.MeanSpacing is { } mean)
            {
                // Exponential spacing, rounded to the millisecond like every delay.
                at += (long)Math.Round(-Math.Log(random.NextOpenDouble()) * mean.Milliseconds);
            }
            else if (alerts.Count > 0)
            {
                at += stream.Every!.Value.Milliseconds;
            }

            if (stream.Until is { } until && at >= until.Milliseconds) break;
            if (at > Duration.MaxMilliseconds || alerts.Count == AlertStream.MaxAlerts) return null;
            var n = alerts.Count + 1;
            alerts.Add(stream.Template with { Id = stream.Id + "-" + n.ToString(CultureInfo.InvariantCulture), IssuedAt = new Duration(at) });
        }

        return alerts;
    }
}
