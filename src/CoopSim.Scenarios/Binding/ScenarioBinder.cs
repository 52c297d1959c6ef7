using System.Globalization;
using CoopSim.Files;
using CoopSim.Model;
using CoopSim.Model.Scenario;
using CoopSim.Model.World;
using CoopSim.Scenarios.Yaml;
using YamlDotNet.RepresentationModel;

namespace CoopSim.Scenarios.Binding;

/// <summary>Binds a scenario file: its world and changes, outages, subjects, alerts, run settings and expectations.</summary>
internal sealed partial class ScenarioBinder(string file, string path, DiagnosticBag diagnostics)
{
    private static readonly string[] Metrics = ["reach", "time-to-reach", "interception", "agencies-reached", "countries-reached", "scope-share"];
    private static readonly string[] Statistics = ["mean", "p50", "p90", "p99"];

    private readonly List<(string Kind, string Id, SourceLocation Where)> _references = [];

    /// <summary>Each <c>via:</c> entry with its alert, checked against the world once it is complete.</summary>
    private readonly List<(string Alert, string Origin, AlertScope Scope, string Channel, SourceLocation Where)> _vias = [];

    /// <param name="extraChanges">Further <c>changes:</c> blocks from other files (advise's candidates), applied after the scenario's own.</param>
    public ScenarioModel? Bind(YamlNode root, string leadingComment, IReadOnlyList<ChangeSet>? extraChanges = null)
    {
        var map = MapReader.Of(file, root, diagnostics, "a scenario");
        if (map is null) return null;
        var name = map.String("name") ?? Path.GetFileNameWithoutExtension(path);
        var question = map.String("question") ?? (leadingComment.Length > 0 ? leadingComment : null);
        map.String("description");
        var worldPath = map.String("world");
        var epoch = Epoch(map);
        var run = Run(map);

        var draft = WorldPath(worldPath, map) is { } worldFull ? WorldLoader.LoadDraft(worldFull, diagnostics) : null;
        var worldBroken = draft is null;
        draft ??= new WorldDraft();
        if (map.Get("changes") is { } changes) ApplyChanges(changes, draft, file);
        foreach (var extra in extraChanges ?? []) ApplyChanges(extra.Changes, draft, extra.File);

        var outages = map.List("outages").Select(n => Outage(n, epoch)).Where(o => o is not null).Select(o => o!).ToArray();
        var subjects = map.List("subjects").Select(n => Subject(n, epoch)).Where(s => s is not null).Select(s => s!).ToArray();
        var regions = draft.Regions.ToDictionary(r => r.Id, r => r, StringComparer.Ordinal);
        var alerts = map.List("alerts", required: !map.Has("streams")).Select(n => Alert(n, epoch, regions)).Where(a => a is not null).Select(a => a!).ToArray();
        alerts = [.. alerts, .. Streams(map, epoch, regions, run.Seed, alerts)];
        var expectations = map.List("expect").Select(Expectation).Where(e => e is not null).Select(e => e!).ToArray();
        var sweep = map.List("sweep").Select(SweepAxis).Where(a => a is not null).Select(a => a!).ToArray();
        var answer = map.Get("answer") is { } answerNode ? Answer(answerNode) : null;
        var uncertainty = new UncertaintyBinder(file, diagnostics);
        var uncertain = uncertainty.Read(map);
        map.Finish("a scenario");

        Duplicates("alert", map.List("alerts"));
        Duplicates("alert stream", map.List("streams"));
        Duplicates("subject", map.List("subjects"));
        if (!worldBroken) CheckReferences(draft, alerts, subjects);
        if (diagnostics.Count > 0) return null;
        var scenario = new ScenarioModel(name, question, path, draft.ToModel(), epoch, alerts, subjects, outages, run, expectations, sweep, answer, uncertain);
        CheckSweep(scenario);
        uncertainty.Check(scenario);
        return diagnostics.Count > 0 ? null : scenario;
    }

    /// <summary>An axis of the <c>sweep:</c> block: <c>{vary: PATH, values: 1h..12h/1h}</c> or <c>values: [1h, 2h]</c>.</summary>
    private SweepAxisSpec? SweepAxis(YamlNode node)
    {
        var map = MapReader.Of(file, node, diagnostics, "a sweep axis");
        if (map is null) return null;
        var vary = map.String("vary", required: true);
        var valuesNode = map.Get("values", required: true);
        map.Finish("a sweep axis");
        if (vary is null || valuesNode is null) return null;
        IReadOnlyList<string> values = valuesNode is YamlScalarNode { Value: { } one }
            ? [one]
            : map.Strings("values").Select(v => v.Value).ToArray();
        return new SweepAxisSpec(vary, values, map.Where("vary"), map.Where("values"));
    }

    /// <summary>Every path of the sweep block names a parameter of this scenario and every value applies to it.</summary>
    private void CheckSweep(ScenarioModel scenario)
    {
        var axes = new List<Sweeps.SweepAxis>();
        foreach (var spec in scenario.Sweep ?? [])
        {
            if (!Sweeps.SweepGrid.TryParse(spec.Path, spec.Values, out var axis, out var error, out var valuesFailed))
            {
                diagnostics.Error(valuesFailed ? spec.ValuesAt : spec.PathAt, error);
                continue;
            }

            if (!Sweeps.SweepGrid.Check(scenario, axis!, out error, out valuesFailed)) diagnostics.Error(valuesFailed ? spec.ValuesAt : spec.PathAt, error);
            axes.Add(axis!);
        }

        if (axes.Count > 0 && !Sweeps.SweepGrid.CheckSize(axes, out var tooLarge)) diagnostics.Error(scenario.Sweep![0].PathAt, $"sweep: {tooLarge}");
    }

    private string? WorldPath(string? worldPath, MapReader map)
    {
        try
        {
            var full = BuiltInWorld.Resolve(path, worldPath);
            if (worldPath is null || FileKinds.Of(full) != FileKind.Missing) return full;

            // Point at the `world:` key that named it; WorldLoader alone can only name the missing path.
            diagnostics.Error(map.Where("world"), $"no such world file or folder: '{worldPath}' (looked for {WorldLoader.DisplayPath(full)})");
            return null;
        }
        catch (Exception ex) when (ex is ArgumentException or IOException or NotSupportedException)
        {
            diagnostics.Error(map.Where("world"), $"world '{worldPath}' is not a usable path");
            return null;
        }
    }

    private DateTimeOffset Epoch(MapReader map)
    {
        var text = map.String("start", required: true);
        if (text is null) return DateTimeOffset.UnixEpoch;
        if (TryInstant(text, out var value)) return value;
        diagnostics.Error(map.Where("start"), $"start '{text}' must be a date and time with its UTC offset, like 2025-04-18T21:00:00+09:00");
        return DateTimeOffset.UnixEpoch;
    }

    private static bool TryInstant(string text, out DateTimeOffset value) =>
        DateTimeOffset.TryParseExact(text, ["yyyy-MM-ddTHH:mm:sszzz", "yyyy-MM-ddTHH:mmzzz", "yyyy-MM-dd HH:mm:sszzz", "yyyy-MM-dd HH:mmzzz", "yyyy-MM-ddTHH:mm:ssZ", "yyyy-MM-ddTHH:mmZ"],
            CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out value);

    private RunSettings Run(MapReader parent)
    {
        var node = parent.Get("run");
        if (node is null) return RunSettings.Default;
        var map = MapReader.Of(file, node, diagnostics, "run settings");
        if (map is null) return RunSettings.Default;
        var seedText = map.String("seed");
        ulong seed = RunSettings.Default.Seed;
        if (seedText is not null && !ulong.TryParse(seedText, NumberStyles.None, CultureInfo.InvariantCulture, out seed))
            diagnostics.Error(map.Where("seed"), $"seed '{seedText}' must be a whole number ≥ 0");
        var replications = map.Number("replications");
        if (replications is not null && !(replications >= 1 && replications <= RunSettings.MaxReplications && replications == Math.Floor(replications.Value)))
        {
            diagnostics.Error(map.Where("replications"), $"replications must be a whole number from 1 to {RunSettings.MaxReplications:N0}");
            replications = null;
        }

        var horizon = map.Duration("horizon");
        if (horizon is { Milliseconds: <= 0 }) diagnostics.Error(map.Where("horizon"), "horizon must be above zero");
        map.Finish("run settings");
        return new RunSettings(seed, (int)(replications ?? RunSettings.Default.Replications), horizon ?? RunSettings.Default.Horizon);
    }

    /// <summary>A time in a scenario: an offset from the start (<c>36h</c>) or an instant with its UTC offset.</summary>
    private Duration? Time(MapReader map, string key, DateTimeOffset epoch, bool required)
    {
        var text = map.String(key, required);
        if (text is null) return null;
        if (Duration.TryParse(text, out var offset, out _)) return offset;
        if (TryInstant(text, out var instant)) return new Duration((long)(instant - epoch).TotalMilliseconds);
        diagnostics.Error(map.Where(key), $"'{key}' must be a duration from the start (like 36h) or a date and time with its UTC offset, not '{text}'");
        return null;
    }

    private void ApplyChanges(YamlNode node, WorldDraft draft, string source)
    {
        var map = MapReader.Of(source, node, diagnostics, "changes");
        if (map is null) return;
        var binder = new WorldBinder(source, diagnostics, draft);
        foreach (var (id, where) in map.Strings("remove-channels"))
        {
            if (draft.Channels.RemoveAll(c => c.Id == id) == 0) diagnostics.Error(where, $"unknown channel '{id}'{Suggest.DidYouMean(id, draft.Channels.Select(c => c.Id))}");
            draft.Locations.Remove(("channel", id));
            draft.DropReferencesOf("channel:" + id);
        }

        foreach (var (id, where) in map.Strings("remove-agencies"))
        {
            if (draft.Agencies.RemoveAll(a => a.Id == id) == 0) diagnostics.Error(where, $"unknown agency '{id}'{Suggest.DidYouMean(id, draft.Agencies.Select(a => a.Id))}");
            draft.Locations.Remove(("agency", id));
            draft.RemovedAgencies.Add(id);
            draft.DropReferencesOf("agency:" + id);

            // An agency that is gone takes its channels with it.
            foreach (var channel in draft.Channels.Where(c => c.From == id || c.To == id).ToArray())
            {
                draft.Channels.Remove(channel);
                draft.Locations.Remove(("channel", channel.Id));
                draft.DropReferencesOf("channel:" + channel.Id);
            }
        }

        foreach (var item in map.List("add-agreements")) new WorldBinder(source, diagnostics, draft).BindFile(new YamlMappingNode(new YamlScalarNode("agreements"), new YamlSequenceNode(item)));
        foreach (var item in map.List("add-agencies")) binder.AddAgency(item);
        foreach (var item in map.List("add-channels")) binder.AddChannel(item);
        foreach (var item in map.List("alter-agencies"))
        {
            var id = IdOf(item);
            var index = draft.Agencies.FindIndex(a => a.Id == id);
            if (index < 0)
            {
                diagnostics.Error(YamlFile.Where(source, item), $"unknown agency '{id}'{Suggest.DidYouMean(id ?? "", draft.Agencies.Select(a => a.Id))}");
                continue;
            }

            if (binder.Agency(item, draft.Agencies[index]) is { } altered) draft.Agencies[index] = altered;
        }

        foreach (var item in map.List("alter-channels"))
        {
            var id = IdOf(item);
            var index = draft.Channels.FindIndex(c => c.Id == id);
            if (index < 0)
            {
                diagnostics.Error(YamlFile.Where(source, item), $"unknown channel '{id}'{Suggest.DidYouMean(id ?? "", draft.Channels.Select(c => c.Id))}");
                continue;
            }

            if (binder.Channel(item, draft.Channels[index]) is { } altered) draft.Channels[index] = altered;
        }

        map.Finish("changes");
    }

    private static string? IdOf(YamlNode node) =>
        node is YamlMappingNode m && m.Children.TryGetValue(new YamlScalarNode("id"), out var v) && v is YamlScalarNode s ? s.Value : null;

    private ChannelOutage? Outage(YamlNode node, DateTimeOffset epoch)
    {
        var map = MapReader.Of(file, node, diagnostics, "an outage");
        if (map is null) return null;
        var channel = map.String("channel", required: true);
        if (channel is not null) _references.Add(("channel", channel, map.Where("channel")));
        var from = Time(map, "from", epoch, required: true);
        var until = Time(map, "until", epoch, required: true);
        var mode = EnumReader.Read<OutageMode>(map, "mode") ?? OutageMode.Hold;
        map.Finish("an outage");
        if (channel is null || from is null || until is null) return null;
        if (until <= from)
        {
            diagnostics.Error(map.Where("until"), $"an outage ends after it starts (from {from}, until {until})");
            return null;
        }

        return new ChannelOutage(channel, from.Value, until.Value, mode);
    }

    private Subject? Subject(YamlNode node, DateTimeOffset epoch)
    {
        var map = MapReader.Of(file, node, diagnostics, "a subject");
        if (map is null) return null;
        var id = map.String("id", required: true);
        var name = map.String("name") ?? id;
        var stops = new List<ItineraryStop>();
        foreach (var item in map.List("itinerary", required: true))
        {
            var stop = MapReader.Of(file, item, diagnostics, "an itinerary stop");
            if (stop is null) continue;
            var country = stop.String("country", required: true);
            if (country is not null) _references.Add(("country", country, stop.Where("country")));
            var arrives = Time(stop, "arrives", epoch, required: true);
            stop.Finish("an itinerary stop");
            if (country is null || arrives is null) continue;
            if (stops.Count > 0 && arrives < stops[^1].ArrivesAt)
                diagnostics.Error(stop.Where("arrives"), "itinerary stops must be in the order the subject reaches them");
            stops.Add(new ItineraryStop(country, arrives.Value));
        }

        map.Finish("a subject");
        return id is null ? null : new Subject(id, name!, stops);
    }

    /// <summary>What an alert and an alert stream both begin with: id, kind, priority (routine unless said) and origin.</summary>
    private (string? Id, AlertKind? Kind, Priority Priority, string? Origin) AlertHead(MapReader map)
    {
        var id = map.String("id", required: true);
        var kind = EnumReader.Read<AlertKind>(map, "kind", required: true);
        var priority = EnumReader.Read<Priority>(map, "priority") ?? Priority.Routine;
        var origin = map.String("origin", required: true);
        if (origin is not null) _references.Add(("agency", origin, map.Where("origin")));
        return (id, kind, priority, origin);
    }

    private AlertSpec? Alert(YamlNode node, DateTimeOffset epoch, Dictionary<string, Region> regions)
    {
        var map = MapReader.Of(file, node, diagnostics, "an alert");
        if (map is null) return null;
        var before = diagnostics.Count;
        var (id, kind, priority, origin) = AlertHead(map);
        var at = Time(map, "at", epoch, required: false) ?? Duration.Zero;
        var scope = Scope(map, regions);
        var expiry = map.Duration("expiry");
        if (expiry is { Milliseconds: <= 0 }) diagnostics.Error(map.Where("expiry"), "expiry must be above zero");
        var subject = map.String("subject");
        if (subject is not null) _references.Add(("subject", subject, map.Where("subject")));
        var via = map.Strings("via");
        foreach (var (channel, where) in via) _references.Add(("channel", channel, where));
        if (id is not null && origin is not null)
            foreach (var (channel, where) in via) _vias.Add((id, origin, scope, channel, where));
        var title = map.String("title");
        map.Finish("an alert");
        if (id is null || kind is null || origin is null || diagnostics.Count > before) return null;
        return new AlertSpec(id, kind.Value, priority, origin, at, scope, expiry, subject, via.Select(v => v.Value).ToArray(), title);
    }

    private AlertScope Scope(MapReader map, Dictionary<string, Region> regions)
    {
        var node = map.Get("scope");
        if (node is null || node is YamlScalarNode { Value: "all" }) return AlertScope.Everywhere;
        var countries = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (value, where) in map.Strings("scope"))
        {
            if (value == "all") return AlertScope.Everywhere;
            if (regions.TryGetValue(value, out var region)) countries.UnionWith(region.Countries);
            else
            {
                countries.Add(value);
                _references.Add(("country-or-region", value, where));
            }
        }

        return new AlertScope(false, countries);
    }

    private Expectation? Expectation(YamlNode node)
    {
        var outer = MapReader.Of(file, node, diagnostics, "an expectation");
        if (outer is null) return null;
        var metric = Metrics.FirstOrDefault(outer.Has);
        if (metric is null)
        {
            diagnostics.Error(outer.Location, $"an expectation names one of: {string.Join(", ", Metrics)}");
            outer.Finish("an expectation");
            return null;
        }

        var map = MapReader.Of(file, outer.Get(metric)!, diagnostics, metric);
        outer.Finish("an expectation");
        if (map is null) return null;
        var alert = map.String("alert");
        var agency = map.String("agency");
        var country = map.String("country");
        var subject = map.String("subject");
        var stat = map.String("stat");
        if (alert is not null) _references.Add(("alert", alert, map.Where("alert")));
        if (agency is not null) _references.Add(("agency", agency, map.Where("agency")));
        if (country is not null) _references.Add(("country", country, map.Where("country")));
        if (subject is not null) _references.Add(("subject", subject, map.Where("subject")));
        if (stat is not null && !Statistics.Contains(stat))
            diagnostics.Error(map.Where("stat"), $"unknown stat '{stat}' (one of: {string.Join(", ", Statistics)})");
        var isTime = metric == "time-to-reach";
        var atLeast = Bound(map, "at-least", isTime, metric);
        var atMost = Bound(map, "at-most", isTime, metric);
        map.Finish(metric);
        if (atLeast is null && atMost is null) diagnostics.Error(map.Location, $"{metric} needs at-least or at-most");
        if (metric == "interception" && subject is null) diagnostics.Error(map.Location, "interception needs a subject");
        if (metric != "interception" && alert is null) diagnostics.Error(map.Location, $"{metric} needs an alert");
        if (metric is "reach" or "time-to-reach" && agency is null && country is null)
            diagnostics.Error(map.Location, $"{metric} needs an agency or a country");
        var text = Describe(metric, alert, agency, country, subject, stat, atLeast, atMost, isTime);
        return new Expectation(metric, alert, agency, country, subject, stat ?? (isTime ? "p50" : "mean"), atLeast, atMost, text, map.Location);
    }

    /// <summary>
    /// <c>answer: {alert: W-1, agency: vn.mps, within: 1d}</c> (or <c>country: VN</c>), or
    /// <c>answer: {subject: suspect}</c>: the figure the question asks for.
    /// </summary>
    private AnswerSpec? Answer(YamlNode node)
    {
        var map = MapReader.Of(file, node, diagnostics, "answer");
        if (map is null) return null;
        var alert = map.String("alert");
        var agency = map.String("agency");
        var country = map.String("country");
        var subject = map.String("subject");
        var within = map.Duration("within");
        map.Finish("answer");
        if (alert is not null) _references.Add(("alert", alert, map.Where("alert")));
        if (agency is not null) _references.Add(("agency", agency, map.Where("agency")));
        if (country is not null) _references.Add(("country", country, map.Where("country")));
        if (subject is not null) _references.Add(("subject", subject, map.Where("subject")));
        if (subject is not null && (alert ?? agency ?? country) is not null)
            diagnostics.Error(map.Location, "answer names a subject, or an alert with an agency or a country, not both");
        else if (subject is null && (alert is null || (agency is null) == (country is null)))
            diagnostics.Error(map.Location, "answer names an alert and one agency or one country (or a subject)");
        if (within is { Milliseconds: <= 0 }) diagnostics.Error(map.Where("within"), "within must be above zero");
        return new AnswerSpec(alert, agency, country, subject, within, map.Location);
    }

    private double? Bound(MapReader map, string key, bool isTime, string metric)
    {
        if (!isTime)
        {
            var value = metric is "reach" or "interception" or "scope-share" ? map.Probability(key) : map.Number(key);
            if (value is not { } bound || double.IsFinite(bound)) return value;

            // NaN would fail every check and an infinity pass every one: neither is a bound.
            diagnostics.Error(map.Where(key), $"'{key}' must be a finite number, not '{map.String(key)}'");
            return null;
        }

        return map.Duration(key) is { } d ? d.TotalHours : null;
    }

    private static string Describe(string metric, string? alert, string? agency, string? country, string? subject, string? stat,
        double? atLeast, double? atMost, bool isTime)
    {
        var target = string.Join(" ", new[] { alert, agency is null ? null : "→ " + agency, country is null ? null : "→ " + country, subject }.Where(s => s is not null));
        string F(double v) => isTime ? HumanDuration.Format(v * 3600, " ") : v.ToString("0.###", CultureInfo.InvariantCulture);
        var bounds = string.Join(" and ", new[] { atLeast is { } lo ? "≥ " + F(lo) : null, atMost is { } hi ? "≤ " + F(hi) : null }.Where(s => s is not null));
        return $"{metric}{(isTime ? " " + (stat ?? "p50") : "")} {target} {bounds}".Replace("  ", " ");
    }

    private void Duplicates(string kind, IReadOnlyList<YamlNode> items)
    {
        var seen = new Dictionary<string, SourceLocation>(StringComparer.Ordinal);
        foreach (var item in items)
        {
            var id = IdOf(item);
            if (id is null) continue;
            var where = YamlFile.Where(file, item);
            if (!seen.TryAdd(id, where)) diagnostics.Error(where, $"duplicate {kind} id '{id}' (first defined at {seen[id]})");
        }
    }

    private void CheckReferences(WorldDraft draft, IReadOnlyList<AlertSpec> alerts, IReadOnlyList<Subject> subjects)
    {
        ReferenceChecker.Check(draft, diagnostics);
        static IEnumerable<(string, string)> Same(IEnumerable<string> ids) => ids.Select(id => (id, id));
        // Countries are also matched by name, so a scope written `[Vietnam]` is offered `VN`.
        var countries = draft.Countries.Select(c => (c.Code, c.Code)).Concat(draft.Countries.Select(c => (c.Name, c.Code))).ToArray();
        var known = new Dictionary<string, IEnumerable<(string Name, string Id)>>(StringComparer.Ordinal)
        {
            ["agency"] = Same(draft.Agencies.Select(a => a.Id)),
            ["channel"] = Same(draft.Channels.Select(c => c.Id)),
            ["country"] = countries,
            ["country-or-region"] = countries.Concat(Same(draft.Regions.Select(r => r.Id))),
            ["subject"] = Same(subjects.Select(s => s.Id)),
            ["alert"] = Same(alerts.Select(a => a.Id)),
        };
        foreach (var (kind, id, where) in _references)
        {
            var ids = known[kind].Select(n => n.Id).ToHashSet(StringComparer.Ordinal);
            if (!ids.Contains(id))
                diagnostics.Error(where, $"unknown {kind.Replace("-", " ")} '{id}'{Suggest.DidYouMean(id, known[kind])}");
        }

        CheckVias(draft);
    }

    /// <summary>
    /// A <c>via:</c> channel must leave the alert's origin, and lead inside the alert's scope, the origin's country
    /// or to an international node (docs/model.md, "Send"): scope never lets an alert into a country outside it,
    /// and a channel the kernel would silently skip is a mistake the author should see.
    /// </summary>
    private void CheckVias(WorldDraft draft)
    {
        var agencies = draft.Agencies.GroupBy(a => a.Id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var channels = draft.Channels.GroupBy(c => c.Id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        foreach (var (alert, origin, scope, channelId, where) in _vias)
        {
            if (!channels.TryGetValue(channelId, out var channel) || !agencies.TryGetValue(origin, out var from)) continue;
            var toId = channel.From == origin ? channel.To : channel.TwoWay && channel.To == origin ? channel.From : null;
            if (toId is null)
            {
                diagnostics.Error(where, $"alert '{alert}' is sent via channel '{channelId}', which does not leave its origin '{origin}'");
                continue;
            }

            if (scope.Global || !agencies.TryGetValue(toId, out var to) || to.International) continue;
            var originCountry = from.International ? null : from.Country;
            if (!scope.Countries.Contains(to.Country) && to.Country != originCountry)
                diagnostics.Error(where, $"alert '{alert}' is sent via channel '{channelId}' to '{toId}' in {to.Country}, outside its scope and its origin's country");
        }
    }
}
