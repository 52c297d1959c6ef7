using System.Globalization;
using CoopSim.Model;
using CoopSim.Model.Scenario;
using CoopSim.Model.World;
using CoopSim.Scenarios.Yaml;
using YamlDotNet.RepresentationModel;

namespace CoopSim.Scenarios.Binding;

/// <summary>The <c>streams:</c> block: each stream bound and turned into its alerts (docs/scenario-format.md, "Alert streams").</summary>
internal sealed partial class ScenarioBinder
{
    /// <summary>Every stream's alerts, after the written ones; an id a written alert or another stream already has is an error.</summary>
    private IEnumerable<AlertSpec> Streams(MapReader scenario, DateTimeOffset epoch, Dictionary<string, Region> regions, ulong seed,
        IReadOnlyList<AlertSpec> written)
    {
        var ids = new HashSet<string>(written.Select(a => a.Id), StringComparer.Ordinal);
        var result = new List<AlertSpec>();
        foreach (var node in scenario.List("streams"))
        {
            if (Stream(node, epoch, regions, seed) is not var (alerts, where)) continue;
            if (result.Count + alerts.Count > AlertStream.MaxTotalAlerts)
            {
                diagnostics.Error(where, $"with this stream the scenario's streams would issue more than {AlertStream.MaxTotalAlerts:N0} alerts in all");
                break;
            }

            foreach (var alert in alerts)
            {
                if (ids.Add(alert.Id)) continue;
                diagnostics.Error(where, $"this stream issues alert '{alert.Id}', an id another alert already has");
                break;
            }

            result.AddRange(alerts);
        }

        return result;
    }

    private (IReadOnlyList<AlertSpec> Alerts, SourceLocation IdAt)? Stream(YamlNode node, DateTimeOffset epoch, Dictionary<string, Region> regions, ulong seed)
    {
        const string What = "an alert stream";
        var map = MapReader.Of(file, node, diagnostics, What);
        if (map is null) return null;
        var before = diagnostics.Count;
        var (id, kind, priority, origin) = AlertHead(map);
        var from = Time(map, "from", epoch, required: false) ?? Duration.Zero;
        if (from.Milliseconds < 0) diagnostics.Error(map.Where("from"), "a stream starts at or after the scenario's start");
        var every = map.Duration("every");
        if (every is { Milliseconds: <= 0 }) diagnostics.Error(map.Where("every"), "every must be above zero");
        var meanSpacing = Rate(map);
        if (map.Has("every") == map.Has("rate"))
            diagnostics.Error(map.Location, "an alert stream has 'every' (fixed spacing) or 'rate' (Poisson arrivals, like 3/h), one of the two");
        var count = map.Number("count");
        if (count is not null && !(count >= 1 && count <= AlertStream.MaxAlerts && count == Math.Floor(count.Value)))
            diagnostics.Error(map.Where("count"), $"count must be a whole number from 1 to {AlertStream.MaxAlerts:N0}");
        var until = Time(map, "until", epoch, required: false);
        if (until is { } end && end <= from) diagnostics.Error(map.Where("until"), "until must come after the stream's first issue time ('from', default the start)");
        if (!map.Has("count") && !map.Has("until")) diagnostics.Error(map.Location, "an alert stream needs a 'count', an 'until', or both");
        var scope = Scope(map, regions);
        var expiry = map.Duration("expiry");
        if (expiry is { Milliseconds: <= 0 }) diagnostics.Error(map.Where("expiry"), "expiry must be above zero");
        var via = map.Strings("via");
        foreach (var (channel, where) in via) _references.Add(("channel", channel, where));
        var title = map.String("title");
        map.Finish(What);
        if (id is null || kind is null || origin is null || diagnostics.Count > before) return null;

        var template = new AlertSpec(id, kind.Value, priority, origin, from, scope, expiry, null, via.Select(v => v.Value).ToArray(), title);
        var alerts = AlertStreamExpansion.Expand(new AlertStream(id, template, from, every, meanSpacing, (int?)count, until), seed);
        if (alerts is null)
        {
            diagnostics.Error(map.Location, $"stream '{id}' would issue more than {AlertStream.MaxAlerts:N0} alerts, or past the longest time a scenario can run");
            return null;
        }

        // The via check is the same for every alert of the stream: report it once, under the first alert's id.
        if (alerts.Count > 0)
            foreach (var (channel, where) in via) _vias.Add((alerts[0].Id, origin, scope, channel, where));
        return (alerts, map.Where("id"));
    }

    /// <summary><c>rate: N/PERIOD</c> (3/h, 200/7d, 1.5/1h): Poisson arrivals, as their mean spacing PERIOD/N.</summary>
    private Duration? Rate(MapReader map)
    {
        var text = map.String("rate");
        if (text is null) return null;
        var slash = text.IndexOf('/', StringComparison.Ordinal);
        var period = Duration.Zero;
        if (slash > 0
            && double.TryParse(text[..slash].Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out var n) && n > 0 && double.IsFinite(n)
            && (Duration.TryParse(text[(slash + 1)..].Trim(), out period, out _) || Duration.TryParse("1" + text[(slash + 1)..].Trim(), out period, out _))
            && period.Milliseconds / n >= 1)
            return new Duration((long)Math.Round(period.Milliseconds / n));
        diagnostics.Error(map.Where("rate"), $"rate must be a number of alerts per period, like 3/h or 200/7d, not '{text}'");
        return null;
    }
}
