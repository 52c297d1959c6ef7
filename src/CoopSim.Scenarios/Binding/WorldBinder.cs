using System.Globalization;
using CoopSim.Model;
using CoopSim.Model.Distributions;
using CoopSim.Model.Scenario;
using CoopSim.Model.World;
using CoopSim.Scenarios.Yaml;
using YamlDotNet.RepresentationModel;

namespace CoopSim.Scenarios.Binding;

/// <summary>Binds the world's YAML (countries, regions, agreements, agencies, channels, defaults) into a <see cref="WorldDraft"/>.</summary>
internal sealed class WorldBinder(string file, DiagnosticBag diagnostics, WorldDraft draft)
{
    // The agency whose relay policy is being read, so its channel references can be dropped with it.
    private string? _owner;

    public static readonly string[] WorldKeys = ["countries", "regions", "agreements", "agencies", "channels", "defaults"];

    public void BindFile(YamlNode root)
    {
        var map = MapReader.Of(file, root, diagnostics, "a world file");
        if (map is null) return;
        foreach (var node in map.List("countries")) Country(node);
        foreach (var node in map.List("regions")) Region(node);
        foreach (var node in map.List("agreements")) Agreement(node);
        foreach (var node in map.List("agencies")) AddAgency(node);
        foreach (var node in map.List("channels")) AddChannel(node);
        if (map.Get("defaults") is { } defaults) Defaults(defaults);
        map.Finish("a world file");
    }

    public void AddAgency(YamlNode node)
    {
        if (Agency(node, null) is { } agency) Register("agency", agency.Id, node, () => draft.Agencies.Add(agency));
    }

    public void AddChannel(YamlNode node)
    {
        if (Channel(node, null) is { } channel) Register("channel", channel.Id, node, () => draft.Channels.Add(channel));
    }

    private void Register(string kind, string id, YamlNode node, Action add)
    {
        var where = YamlFile.Where(file, node);
        if (draft.Locations.TryGetValue((kind, id), out var first))
        {
            diagnostics.Error(where, $"duplicate {kind} id '{id}' (first defined at {first})");
            return;
        }

        draft.Locations[(kind, id)] = where;
        add();
    }

    private void Country(YamlNode node)
    {
        var map = MapReader.Of(file, node, diagnostics, "a country");
        if (map is null) return;
        var code = map.String("code", required: true);
        var name = map.String("name", required: true);
        var offset = ParseOffset(map);
        var languages = map.Strings("languages").Select(l => l.Value).ToArray();
        var weekend = map.Strings("weekend")
            .Select(d => EnumReader.Parse<DayOfWeekName>(d.Value, d.Where, diagnostics, "weekday"))
            .Where(d => d is not null).Select(d => (DayOfWeek)d!.Value).ToArray();
        // An office whose every day is a weekend would never open (docs/model.md, "Office hours").
        if (weekend.Distinct().Count() == 7) diagnostics.Error(map.Where("weekend"), "a week needs at least one working day");
        var capital = map.String("capital");
        var coordinates = map.Strings("coordinates");
        double? lat = null, lon = null;
        if (coordinates.Count == 2
            && double.TryParse(coordinates[0].Value, NumberStyles.Float, CultureInfo.InvariantCulture, out var la)
            && double.TryParse(coordinates[1].Value, NumberStyles.Float, CultureInfo.InvariantCulture, out var lo)
            && la is >= -90 and <= 90 && lo is >= -180 and <= 180)
        {
            (lat, lon) = (la, lo);
        }
        else if (coordinates.Count > 0)
        {
            diagnostics.Error(map.Where("coordinates"), "coordinates are [latitude, longitude] in degrees (latitude from -90 to 90, longitude from -180 to 180)");
        }

        var source = map.String("source");
        map.Finish("a country");
        if (code is null || name is null || offset is null) return;
        var country = new Country(code, name, offset.Value, languages,
            map.Has("weekend") ? weekend : [DayOfWeek.Saturday, DayOfWeek.Sunday], capital, lat, lon, source);
        Register("country", code, node, () => draft.Countries.Add(country));
    }

    private int? ParseOffset(MapReader map)
    {
        var text = map.String("utc-offset", required: true);
        if (text is null) return null;
        var t = text.Trim();
        var sign = t.StartsWith('-') ? -1 : 1;
        t = t.TrimStart('+', '-');
        var parts = t.Split(':');
        if (parts.Length is 1 or 2
            && int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var h)
            && (parts.Length == 1 || int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out _))
            && h <= 14)
        {
            var m = parts.Length == 2 ? int.Parse(parts[1], CultureInfo.InvariantCulture) : 0;
            if (m < 60) return sign * (h * 60 + m);
        }

        diagnostics.Error(map.Where("utc-offset"), $"utc-offset '{text}' must look like +09:00 or -05:00");
        return null;
    }

    private void Region(YamlNode node)
    {
        var map = MapReader.Of(file, node, diagnostics, "a region");
        if (map is null) return;
        var id = map.String("id", required: true);
        var name = map.String("name") ?? id;
        var countries = map.Strings("countries", required: true);
        map.Finish("a region");
        if (id is null) return;
        foreach (var (code, where) in countries) draft.References.Add(("country", code, where, null));
        var region = new Region(id, name!, countries.Select(c => c.Value).ToArray());
        Register("region", id, node, () => draft.Regions.Add(region));
    }

    private void Agreement(YamlNode node)
    {
        var map = MapReader.Of(file, node, diagnostics, "an agreement");
        if (map is null) return;
        var id = map.String("id", required: true);
        var name = map.String("name", required: true);
        var signedText = map.String("signed");
        DateOnly? signed = null;
        if (signedText is not null)
        {
            if (DateOnly.TryParseExact(signedText, ["yyyy-MM-dd", "yyyy-MM", "yyyy"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)) signed = d;
            else diagnostics.Error(map.Where("signed"), $"signed '{signedText}' must be a date like 2021-06-17");
        }

        var parties = map.Strings("parties");
        var source = map.String("source", required: true);
        var notes = map.String("notes");
        map.Finish("an agreement");
        if (id is null || name is null || source is null) return;
        foreach (var (party, where) in parties) draft.References.Add(("party", party, where, null));
        var agreement = new Agreement(id, name, signed, parties.Select(p => p.Value).ToArray(), source, notes);
        Register("agreement", id, node, () => draft.Agreements.Add(agreement));
    }

    /// <summary>Reads an agency; with <paramref name="existing"/>, keys left out keep the existing values (scenario <c>alter-agencies</c>).</summary>
    public Agency? Agency(YamlNode node, Agency? existing)
    {
        var map = MapReader.Of(file, node, diagnostics, "an agency");
        if (map is null) return null;
        var before = diagnostics.Count;
        var id = map.String("id", required: true);
        _owner = "agency:" + id;
        var name = map.String("name", required: existing is null) ?? existing?.Name;
        var shortName = map.String("short-name") ?? existing?.ShortName;
        if (shortName is { Length: > 24 }) diagnostics.Error(map.Where("short-name"), $"short-name '{shortName}' is for labels: at most 24 characters");
        var country = map.String("country", required: existing is null) ?? existing?.Country;
        if (map.Has("country") && country is not null) draft.References.Add(("country", country, map.Where("country"), "agency:" + id));
        var kind = EnumReader.Read<AgencyKind>(map, "kind", required: existing is null) ?? existing?.Kind;
        var hours = map.Get("hours") is { } h ? Hours(h) : existing?.Hours ?? OfficeHours.Weekdays(9 * 60, 18 * 60, null);
        var languages = map.Has("languages") ? map.Strings("languages").Select(l => l.Value).ToArray() : existing?.Languages ?? [];
        var handling = map.Has("handling") ? Handling(map) : existing?.HandlingDelays ?? [];
        var capabilities = map.Has("capabilities") ? Capabilities(map) : existing?.Capabilities ?? Capability.Relay;
        var relay = map.Get("relay") is { } r ? Relay(r) : existing?.Relay;
        var international = map.Bool("international") ?? existing?.International ?? false;
        var capacity = map.Has("capacity") ? Capacity(map) : existing?.Capacity;
        var source = map.String("source", required: existing is null) ?? existing?.Source;
        map.Finish("an agency");
        if (id is null || name is null || country is null || kind is null || diagnostics.Count > before) return null;
        return new Agency(id, name, country, kind.Value, hours!, languages, handling, capabilities, relay, international, source, shortName, capacity);
    }

    /// <summary>An agency's officers: a whole number of at least 1 (docs/model.md, "Capacity and queue").</summary>
    private int? Capacity(MapReader map)
    {
        var value = map.Number("capacity");
        if (value is null) return null;
        if (value < 1 || value != Math.Floor(value.Value) || value > 1_000_000)
        {
            diagnostics.Error(map.Where("capacity"), $"capacity is a number of officers: a whole number from 1 to 1000000, not {value.Value.ToString(CultureInfo.InvariantCulture)}");
            return null;
        }

        return (int)value.Value;
    }

    private OfficeHours? Hours(YamlNode node)
    {
        if (node is YamlScalarNode { Value: "24/7" }) return OfficeHours.Always;
        var map = MapReader.Of(file, node, diagnostics, "hours (24/7, or open/close times)");
        if (map is null) return null;
        var open = Clock(map, "open");
        var close = Clock(map, "close");
        var duty = map.Get("urgent-duty") is { } d ? DistributionBinder.Read(file, d, diagnostics, "urgent-duty", positiveMinimum: false) : null;
        map.Finish("hours");
        if (open is null || close is null) return null;
        // A close at or before the open is a night shift ending the next day (22:00–06:00); equal times would be no shift.
        if (close == open)
        {
            diagnostics.Error(map.Where("close"), "an office cannot open and close at the same time (use 24/7)");
            return null;
        }

        return OfficeHours.Weekdays(open.Value, close.Value, duty);
    }

    private int? Clock(MapReader map, string key)
    {
        var text = map.String(key, required: true);
        if (text is null) return null;
        if (TimeOnly.TryParseExact(text, "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var t)) return t.Hour * 60 + t.Minute;
        if (text == "24:00") return 24 * 60;
        diagnostics.Error(map.Where(key), $"'{key}' must be a time like 09:00, not '{text}'");
        return null;
    }

    private List<HandlingDelay> Handling(MapReader parent)
    {
        var rules = new List<HandlingDelay>();
        foreach (var node in parent.List("handling"))
        {
            var map = MapReader.Of(file, node, diagnostics, "a handling rule");
            if (map is null) continue;
            var kind = EnumReader.Read<AlertKind>(map, "kind");
            var priority = EnumReader.Read<Priority>(map, "priority");
            var delay = map.Get("delay", required: true) is { } d ? DistributionBinder.Read(file, d, diagnostics, "handling delay", positiveMinimum: false) : null;
            map.Finish("a handling rule");
            if (delay is not null) rules.Add(new HandlingDelay(kind, priority, delay));
        }

        return rules;
    }

    private Capability Capabilities(MapReader map)
    {
        var result = Capability.None;
        foreach (var (value, where) in map.Strings("capabilities"))
            if (EnumReader.Parse<Capability>(value, where, diagnostics, "capability") is { } c) result |= c;
        return result;
    }

    private RelayPolicy? Relay(YamlNode node)
    {
        if (node is YamlScalarNode { Value: "all" }) return RelayPolicy.All;
        if (node is YamlScalarNode { Value: "none" }) return null;
        var map = MapReader.Of(file, node, diagnostics, "a relay policy (all, none, or kinds/channels)");
        if (map is null) return null;
        var kinds = new HashSet<AlertKind>();
        foreach (var (value, where) in AllOrList(map, "kinds"))
            if (value != "all" && EnumReader.Parse<AlertKind>(value, where, diagnostics, "alert kind") is { } k) kinds.Add(k);
        var channelKinds = new HashSet<ChannelKind>();
        var channelIds = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (value, where) in AllOrList(map, "channels"))
        {
            if (KebabCase.TryParse<ChannelKind>(value, out var ck)) channelKinds.Add(ck);
            else
            {
                channelIds.Add(value);
                draft.References.Add(("channel", value, where, _owner));
            }
        }

        var except = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (value, where) in map.Strings("except"))
        {
            except.Add(value);
            draft.References.Add(("channel", value, where, _owner));
        }

        var own = new HashSet<ChannelKind>();
        foreach (var (value, where) in map.Strings("own-alerts-only"))
            if (EnumReader.Parse<ChannelKind>(value, where, diagnostics, "channel kind") is { } k) own.Add(k);

        map.Finish("a relay policy");
        return new RelayPolicy(kinds, channelKinds, channelIds, except, own);
    }

    /// <summary>A list of names, or the word <c>all</c> (an empty list, which means every one).</summary>
    private static IReadOnlyList<(string Value, SourceLocation Where)> AllOrList(MapReader map, string key) =>
        map.Get(key) is YamlScalarNode { Value: "all" } ? [] : map.Strings(key).Where(v => v.Value != "all").ToArray();

    /// <summary>Reads a channel; with <paramref name="existing"/>, keys left out keep the existing values (scenario <c>alter-channels</c>).</summary>
    public Channel? Channel(YamlNode node, Channel? existing)
    {
        var map = MapReader.Of(file, node, diagnostics, "a channel");
        if (map is null) return null;
        var before = diagnostics.Count;
        var id = map.String("id", required: true);
        var name = map.String("name") ?? existing?.Name;
        var from = map.String("from", required: existing is null) ?? existing?.From;
        var to = map.String("to", required: existing is null) ?? existing?.To;
        if (map.Has("from") && from is not null) draft.References.Add(("agency", from, map.Where("from"), "channel:" + id));
        if (map.Has("to") && to is not null) draft.References.Add(("agency", to, map.Where("to"), "channel:" + id));
        var twoWay = map.Bool("two-way") ?? existing?.TwoWay ?? false;
        var kind = EnumReader.Read<ChannelKind>(map, "kind", required: existing is null) ?? existing?.Kind;
        var latency = map.Get("latency", required: existing is null) is { } l
            ? DistributionBinder.Read(file, l, diagnostics, "latency", positiveMinimum: true)
            : existing?.Latency;
        var loss = map.Probability("loss") ?? existing?.LossProbability ?? 0;
        var lossBasis = map.String("loss-basis") ?? existing?.LossBasis;
        var translation = EnumReader.Read<TranslationMode>(map, "translation") ?? existing?.Translation ?? TranslationMode.Auto;
        var translationDelay = map.Get("translation-delay") is { } td
            ? DistributionBinder.Read(file, td, diagnostics, "translation-delay", positiveMinimum: false)
            : existing?.TranslationDelay;
        var (legal, legalDelay) = LegalReview(map, existing);
        var agreement = map.String("agreement") ?? existing?.Agreement;
        if (map.Has("agreement") && agreement is not null) draft.References.Add(("agreement", agreement, map.Where("agreement"), "channel:" + id));
        var source = map.String("source", required: existing is null) ?? existing?.Source;
        var followUp = map.Get("follow-up") is { } fu ? FollowUp(fu) : existing?.FollowUp;
        map.Finish("a channel");
        if (id is null || from is null || to is null || kind is null || latency is null || diagnostics.Count > before) return null;
        return new Channel(id, from, to, twoWay, kind.Value, latency, loss, translation, translationDelay, legal, legalDelay, agreement, name, source, lossBasis,
            followUp);
    }

    /// <summary><c>follow-up: {after: 2h, tries: 3}</c> (docs/model.md, "Channel"); <c>follow-up: none</c> removes one (alter-channels).</summary>
    private FollowUp? FollowUp(YamlNode node)
    {
        if (node is YamlScalarNode { Value: "none" }) return null;
        var map = MapReader.Of(file, node, diagnostics, "a follow-up");
        if (map is null) return null;
        var after = map.Duration("after", required: true);
        if (after is { Milliseconds: <= 0 }) diagnostics.Error(map.Where("after"), "a follow-up's 'after' must be above zero");
        var tries = map.Number("tries", required: true);
        if (tries is not null && !(tries >= 1 && tries <= Model.World.FollowUp.MaxTries && tries == Math.Floor(tries.Value)))
            diagnostics.Error(map.Where("tries"), $"tries is how many times the sender sends again: a whole number from 1 to {Model.World.FollowUp.MaxTries}");
        map.Finish("a follow-up");
        return after is { Milliseconds: > 0 } && tries is >= 1 and <= Model.World.FollowUp.MaxTries && tries == Math.Floor(tries.Value)
            ? new FollowUp(after.Value, (int)tries.Value)
            : null;
    }

    private (bool Required, DelayDistribution? Delay) LegalReview(MapReader map, Channel? existing)
    {
        var node = map.Get("legal-review");
        if (node is null) return (existing?.RequiresLegalReview ?? false, existing?.LegalReview);
        if (node is YamlScalarNode { Value: "true" or "yes" }) return (true, null);
        if (node is YamlScalarNode { Value: "false" or "no" }) return (false, null);
        return (true, DistributionBinder.Read(file, node, diagnostics, "legal-review", positiveMinimum: false));
    }

    private void Defaults(YamlNode node)
    {
        var map = MapReader.Of(file, node, diagnostics, "defaults");
        if (map is null) return;
        var d = draft.Defaults;
        DelayDistribution? Read(string key) =>
            map.Get(key) is { } n ? DistributionBinder.Read(file, n, diagnostics, key, positiveMinimum: false) : null;
        draft.Defaults = new WorldDefaults(
            Read("translation") ?? d.Translation,
            Read("legal-review") ?? d.LegalReview,
            Read("urgent-duty") ?? d.UrgentDutyDelay,
            Read("handling") ?? d.Handling);
        map.Finish("defaults");
    }

    /// <summary>Weekday names as files write them.</summary>
    private enum DayOfWeekName
    {
        Sunday,
        Monday,
        Tuesday,
        Wednesday,
        Thursday,
        Friday,
        Saturday,
    }
}
