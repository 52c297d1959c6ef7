using System.Text.Json.Nodes;
using CoopSim.Model;
using CoopSim.Model.Scenario;
using CoopSim.Model.World;

namespace CoopSim.Scenarios.Schema;

/// <summary>
/// The JSON Schema definitions (<c>$defs</c>) for every mapping the binders read. Enum values come from the
/// model's enums, so they cannot drift; the keys of each mapping are checked against the keys the binders ask
/// for by a test that records them while loading every seed and scenario (see <see cref="Yaml.KeyRecorder"/>).
/// </summary>
internal static class SchemaDefinitions
{
    private const string DurationPattern = @"^-? *([0-9]+(\.[0-9]+)? *(ms|s|m|h|d|w) *)+$";
    private const string InstantPattern = @"^[0-9]{4}-[0-9]{2}-[0-9]{2}[T ][0-9]{2}:[0-9]{2}(:[0-9]{2})?(Z|[+-][0-9]{2}:[0-9]{2})$";

    /// <summary>Binder mapping name (as in "unknown key 'x' in a channel") → schema definition.</summary>
    public static readonly IReadOnlyDictionary<string, string> DefinitionOfMapping = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["a world file"] = "world",
        ["a country"] = "country",
        ["a region"] = "region",
        ["an agreement"] = "agreement",
        ["an agency"] = "agency",
        ["hours"] = "officeHours",
        ["a handling rule"] = "handlingRule",
        ["a relay policy"] = "relayPolicy",
        ["a channel"] = "channel",
        ["defaults"] = "defaults",
        ["a scenario"] = "scenario",
        ["run settings"] = "run",
        ["changes"] = "changes",
        ["an outage"] = "outage",
        ["a subject"] = "subject",
        ["an itinerary stop"] = "itineraryStop",
        ["an alert"] = "alert",
        ["an alert stream"] = "alertStream",
        ["a follow-up"] = "followUp",
        ["an expectation"] = "expectation",
        ["reach"] = "expectationBounds",
        ["time-to-reach"] = "expectationBounds",
        ["interception"] = "expectationBounds",
        ["agencies-reached"] = "expectationBounds",
        ["countries-reached"] = "expectationBounds",
        ["scope-share"] = "expectationBounds",
        ["a sweep axis"] = "sweepAxis",
        ["answer"] = "answer",
        ["an uncertainty entry"] = "uncertainty",
        ["an uncertainty rule"] = "uncertainty",
        ["the estimates rule"] = "uncertaintyRule",
        ["the sourced rule"] = "uncertaintyRule",
        ["a candidates file"] = "candidates",
        ["a candidate"] = "candidate",
        ["latency"] = "delayForm",
        ["handling delay"] = "delayForm",
        ["urgent-duty"] = "delayForm",
        ["translation-delay"] = "delayForm",
        ["legal-review"] = "delayForm",
        ["translation"] = "delayForm",
        ["handling"] = "delayForm",
    };

    public static string DefinitionOf(string mapping) =>
        mapping.EndsWith(" exponential", StringComparison.Ordinal) ? "exponential"
        : mapping.EndsWith(" lognormal", StringComparison.Ordinal) ? "lognormal"
        : DefinitionOfMapping.TryGetValue(mapping, out var d) ? d : mapping;

    public static JsonObject All() => new()
    {
        ["duration"] = new JsonObject { ["type"] = "string", ["pattern"] = DurationPattern, ["description"] = "500ms, 90s, 15m, 2h, 3d, 1w, or combinations such as 1h30m or 1.5h" },
        ["time"] = new JsonObject
        {
            ["type"] = "string",
            ["pattern"] = $"({DurationPattern})|({InstantPattern})",
            ["description"] = "an offset from the scenario's start (36h) or a date and time with its UTC offset",
        },
        ["probability"] = new JsonObject { ["type"] = "number", ["minimum"] = 0, ["maximum"] = 1 },
        ["ids"] = new JsonObject { ["type"] = "array", ["items"] = new JsonObject { ["type"] = "string" } },
        ["delay"] = new JsonObject
        {
            ["description"] = "a plain duration (fixed), or one of fixed, uniform, exponential, lognormal, empirical with an optional basis",
            ["anyOf"] = new JsonArray(Ref("duration"), Ref("delayForm")),
        },
        ["delayForm"] = Object(
            new()
            {
                ["basis"] = Text("where the numbers come from: a source URL, a seed article, or estimate"),
                ["fixed"] = Ref("duration"),
                ["uniform"] = new JsonObject { ["type"] = "array", ["items"] = Ref("duration"), ["minItems"] = 2, ["maxItems"] = 2 },
                ["exponential"] = Ref("exponential"),
                ["lognormal"] = Ref("lognormal"),
                ["empirical"] = new JsonObject
                {
                    ["type"] = "array",
                    ["items"] = new JsonObject
                    {
                        ["type"] = "array",
                        ["prefixItems"] = new JsonArray(new JsonObject { ["type"] = "number", ["minimum"] = 0, ["maximum"] = 1 }, Ref("duration")),
                        ["minItems"] = 2,
                        ["maxItems"] = 2,
                    },
                },
            },
            oneOf: ["fixed", "uniform", "exponential", "lognormal", "empirical"]),
        ["exponential"] = Object(new() { ["min"] = Ref("duration"), ["mean"] = Ref("duration") }, required: ["min", "mean"]),
        ["lognormal"] = Object(new() { ["median"] = Ref("duration"), ["p90"] = Ref("duration"), ["min"] = Ref("duration") }, required: ["median", "p90", "min"]),
        ["world"] = Object(new()
        {
            ["countries"] = List("country"),
            ["regions"] = List("region"),
            ["agreements"] = List("agreement"),
            ["agencies"] = List("agency"),
            ["channels"] = List("channel"),
            ["defaults"] = Ref("defaults"),
        }),
        ["country"] = Object(
            new()
            {
                ["code"] = Text("ISO 3166 alpha-2 code"),
                ["name"] = Text(),
                ["utc-offset"] = new JsonObject { ["type"] = "string", ["pattern"] = "^[+-]?[0-9]{1,2}(:[0-9]{2})?$" },
                ["languages"] = Ref("ids"),
                ["weekend"] = new JsonObject { ["type"] = "array", ["items"] = Enum(["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"]) },
                ["capital"] = Text(),
                ["coordinates"] = new JsonObject { ["type"] = "array", ["items"] = new JsonObject { ["type"] = "number" }, ["minItems"] = 2, ["maxItems"] = 2 },
                ["source"] = Text(),
            },
            required: ["code", "name", "utc-offset"]),
        ["region"] = Object(new() { ["id"] = Text(), ["name"] = Text(), ["countries"] = Ref("ids") }, required: ["id", "countries"]),
        ["agreement"] = Object(
            new()
            {
                ["id"] = Text(),
                ["name"] = Text(),
                ["signed"] = new JsonObject { ["type"] = "string", ["pattern"] = "^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?$" },
                ["parties"] = Ref("ids"),
                ["source"] = Text(),
                ["notes"] = Text(),
            },
            required: ["id", "name", "source"]),
        ["agency"] = Agency(required: ["id", "name", "country", "kind", "source"]),
        ["agencyChange"] = Agency(required: ["id"]),
        ["officeHours"] = new JsonObject
        {
            ["anyOf"] = new JsonArray(
                new JsonObject { ["const"] = "24/7" },
                Object(new() { ["open"] = Clock(), ["close"] = Clock(), ["urgent-duty"] = Ref("delay") }, required: ["open", "close"])),
        },
        ["handlingRule"] = Object(
            new() { ["kind"] = Enum(KebabCase.NamesOf<AlertKind>()), ["priority"] = Enum(KebabCase.NamesOf<Priority>()), ["delay"] = Ref("delay") },
            required: ["delay"]),
        ["relayPolicy"] = new JsonObject
        {
            ["anyOf"] = new JsonArray(
                Enum(["all", "none"]),
                Object(new()
                {
                    ["kinds"] = AllOr(Enum(["all", .. KebabCase.NamesOf<AlertKind>()])),
                    ["channels"] = AllOr(Text("a channel kind or a channel id")),
                    ["except"] = Ref("ids"),
                    ["own-alerts-only"] = new JsonObject { ["type"] = "array", ["items"] = Enum(KebabCase.NamesOf<ChannelKind>()) },
                })),
        },
        ["channel"] = Channel(required: ["id", "from", "to", "kind", "latency", "source"]),
        ["channelChange"] = Channel(required: ["id"]),
        ["followUp"] = Object(
            new()
            {
                ["after"] = Ref("duration"),
                ["tries"] = new JsonObject { ["type"] = "integer", ["minimum"] = 1, ["maximum"] = FollowUp.MaxTries, ["description"] = "how many times at most the sender sends a dropped or lost message again" },
            },
            required: ["after", "tries"]),
        ["defaults"] = Object(new() { ["translation"] = Ref("delay"), ["legal-review"] = Ref("delay"), ["urgent-duty"] = Ref("delay"), ["handling"] = Ref("delay") }),
        ["scenario"] = Object(
            new()
            {
                ["name"] = Text(),
                ["question"] = Text("the question the file answers (or its leading comment)"),
                ["description"] = Text(),
                ["world"] = Text("a world folder or file, relative to this file (default ../seeds, else the world shipped with coopsim)"),
                ["start"] = new JsonObject { ["type"] = "string", ["pattern"] = InstantPattern, ["description"] = "simulated time zero, with its UTC offset" },
                ["run"] = Ref("run"),
                ["changes"] = Ref("changes"),
                ["outages"] = List("outage"),
                ["subjects"] = List("subject"),
                ["alerts"] = List("alert"),
                ["streams"] = List("alertStream"),
                ["expect"] = List("expectation"),
                ["sweep"] = List("sweepAxis"),
                ["answer"] = Ref("answer"),
                ["uncertainty"] = List("uncertainty"),
            },
            required: ["start"],
            anyOfRequired: ["alerts", "streams"]),
        ["uncertainty"] = Object(
            new()
            {
                ["path"] = Text("COLLECTION.ID.PROPERTY of a number or duration: " + string.Join("; ", Sweeps.ParameterPath.Known
                    .Where(k => Uncertainty.UncertaintyModel.NumericProperties.Contains(k.Property)).Select(k => $"{k.Collection}.ID.{k.Property}"))),
                ["range"] = new JsonObject { ["type"] = "string", ["pattern"] = @"^.+\.\..+$", ["description"] = "LOW..HIGH: durations (1h..48h) or, for a loss, probabilities (0.05..0.3)" },
                ["shape"] = Enum(["uniform", "log-uniform", "triangular"]),
                ["estimates"] = Ref("uncertaintyRule"),
                ["sourced"] = Ref("uncertaintyRule"),
            },
            oneOf: ["path", "estimates", "sourced"]),
        ["uncertaintyRule"] = Object(
            new()
            {
                ["factor"] = new JsonObject { ["type"] = "number", ["exclusiveMinimum"] = 1, ["description"] = "every such delay times a factor from 1/F to F, log-uniform" },
                ["percent"] = new JsonObject { ["type"] = "number", ["exclusiveMinimum"] = 0, ["exclusiveMaximum"] = 100, ["description"] = "every such delay times 1 ± P/100, uniform" },
            },
            oneOf: ["factor", "percent"]),
        ["answer"] = Object(new()
        {
            ["alert"] = Text("the alert whose reach answers the question (default: the first)"),
            ["agency"] = Text("an agency id"),
            ["country"] = Text("a country code"),
            ["subject"] = Text("a subject id: the answer is its interception"),
            ["within"] = Ref("duration"),
        }),
        ["run"] = Object(new()
        {
            ["seed"] = new JsonObject { ["type"] = "integer", ["minimum"] = 0 },
            ["replications"] = new JsonObject { ["type"] = "integer", ["minimum"] = 1 },
            ["horizon"] = Ref("duration"),
        }),
        ["changes"] = Object(new()
        {
            ["remove-channels"] = Ref("ids"),
            ["remove-agencies"] = Ref("ids"),
            ["add-agreements"] = List("agreement"),
            ["add-agencies"] = List("agency"),
            ["add-channels"] = List("channel"),
            ["alter-agencies"] = List("agencyChange"),
            ["alter-channels"] = List("channelChange"),
        }),
        ["outage"] = Object(
            new() { ["channel"] = Text(), ["from"] = Ref("time"), ["until"] = Ref("time"), ["mode"] = Enum(KebabCase.NamesOf<OutageMode>()) },
            required: ["channel", "from", "until"]),
        ["subject"] = Object(new() { ["id"] = Text(), ["name"] = Text(), ["itinerary"] = List("itineraryStop") }, required: ["id", "itinerary"]),
        ["itineraryStop"] = Object(new() { ["country"] = Text(), ["arrives"] = Ref("time") }, required: ["country", "arrives"]),
        ["alert"] = Object(
            new()
            {
                ["id"] = Text(),
                ["title"] = Text(),
                ["kind"] = Enum(KebabCase.NamesOf<AlertKind>()),
                ["priority"] = Enum(KebabCase.NamesOf<Priority>()),
                ["origin"] = Text("the agency that issues the alert"),
                ["at"] = Ref("time"),
                ["scope"] = AllOr(Text("a country code or a region id")),
                ["expiry"] = Ref("duration"),
                ["subject"] = Text(),
                ["via"] = Ref("ids"),
            },
            required: ["id", "kind", "origin"]),
        ["alertStream"] = Object(
            new()
            {
                ["id"] = Text("its alerts are ID-1, ID-2, … in order of issue"),
                ["title"] = Text(),
                ["kind"] = Enum(KebabCase.NamesOf<AlertKind>()),
                ["priority"] = Enum(KebabCase.NamesOf<Priority>()),
                ["origin"] = Text("the agency that issues the alerts"),
                ["from"] = Ref("time"),
                ["every"] = Ref("duration"),
                ["rate"] = new JsonObject { ["type"] = "string", ["pattern"] = @"^ *[0-9]+(\.[0-9]+)? */.+$", ["description"] = "Poisson arrivals: alerts per period, like 3/h or 200/7d" },
                ["count"] = new JsonObject { ["type"] = "integer", ["minimum"] = 1, ["maximum"] = AlertStream.MaxAlerts },
                ["until"] = Ref("time"),
                ["scope"] = AllOr(Text("a country code or a region id")),
                ["expiry"] = Ref("duration"),
                ["via"] = Ref("ids"),
            },
            required: ["id", "kind", "origin"],
            oneOf: ["every", "rate"],
            anyOfRequired: ["count", "until"]),
        ["expectation"] = Object(
            new()
            {
                ["reach"] = Ref("expectationBounds"),
                ["time-to-reach"] = Ref("expectationBounds"),
                ["interception"] = Ref("expectationBounds"),
                ["agencies-reached"] = Ref("expectationBounds"),
                ["countries-reached"] = Ref("expectationBounds"),
                ["scope-share"] = Ref("expectationBounds"),
            },
            minProperties: 1,
            maxProperties: 1),
        ["expectationBounds"] = Object(new()
        {
            ["alert"] = Text(),
            ["agency"] = Text(),
            ["country"] = Text(),
            ["subject"] = Text(),
            ["stat"] = Enum(["mean", "p50", "p90", "p99"]),
            ["at-least"] = new JsonObject { ["type"] = new JsonArray("number", "string") },
            ["at-most"] = new JsonObject { ["type"] = new JsonArray("number", "string") },
        }),
        ["sweepAxis"] = Object(
            new()
            {
                ["vary"] = Text("COLLECTION.ID.PROPERTY: " + string.Join("; ", Sweeps.ParameterPath.Known.Select(k => $"{k.Collection}.ID.{k.Property}"))),
                ["values"] = new JsonObject
                {
                    ["description"] = "a list (1h,2h,4h or [1h, 2h]) or a range (1h..12h/1h)",
                    ["anyOf"] = new JsonArray(new JsonObject { ["type"] = new JsonArray("string", "number") }, new JsonObject { ["type"] = "array", ["items"] = new JsonObject { ["type"] = new JsonArray("string", "number") } }),
                },
            },
            required: ["vary", "values"]),
        ["candidates"] = Object(new() { ["description"] = Text(), ["candidates"] = List("candidate") }, required: ["candidates"]),
        ["candidate"] = Object(
            new()
            {
                ["id"] = Text(),
                ["name"] = Text("what the change is, as the advice sentence names it"),
                ["cost"] = new JsonObject { ["type"] = "number", ["minimum"] = 0 },
                ["source"] = Text("the seed article or public source the change rests on"),
                ["notes"] = Text(),
                ["changes"] = Ref("changes"),
            },
            required: ["id", "source", "changes"]),
    };

    private static JsonObject Agency(string[] required) => Object(
        new()
        {
            ["id"] = Text(),
            ["name"] = Text(),
            ["short-name"] = Text("the name tables and the workshop map use, like KNPA"),
            ["country"] = Text("ISO code of the country whose clock and reach it counts in"),
            ["kind"] = Enum(KebabCase.NamesOf<AgencyKind>()),
            ["hours"] = Ref("officeHours"),
            ["languages"] = Ref("ids"),
            ["handling"] = List("handlingRule"),
            ["capabilities"] = new JsonObject { ["type"] = "array", ["items"] = Enum(KebabCase.NamesOf<Capability>().Where(c => c != "none")) },
            ["relay"] = Ref("relayPolicy"),
            ["international"] = new JsonObject { ["type"] = "boolean" },
            ["capacity"] = new JsonObject { ["type"] = "integer", ["minimum"] = 1, ["description"] = "officers who handle alerts at once; others wait by priority, then arrival (docs/model.md, \"Capacity and queue\")" },
            ["source"] = Text(),
        },
        required: required);

    private static JsonObject Channel(string[] required) => Object(
        new()
        {
            ["id"] = Text(),
            ["name"] = Text(),
            ["from"] = Text("an agency id"),
            ["to"] = Text("an agency id"),
            ["two-way"] = new JsonObject { ["type"] = "boolean" },
            ["kind"] = Enum(KebabCase.NamesOf<ChannelKind>()),
            ["latency"] = Ref("delay"),
            ["loss"] = Ref("probability"),
            ["loss-basis"] = Text(),
            ["translation"] = Enum(KebabCase.NamesOf<TranslationMode>()),
            ["translation-delay"] = Ref("delay"),
            ["legal-review"] = new JsonObject { ["anyOf"] = new JsonArray(new JsonObject { ["type"] = "boolean" }, Ref("delay")) },
            ["agreement"] = Text(),
            ["source"] = Text(),
            ["follow-up"] = new JsonObject { ["anyOf"] = new JsonArray(new JsonObject { ["const"] = "none" }, Ref("followUp")) },
        },
        required: required);

    private static JsonObject Object(Dictionary<string, JsonNode> properties, string[]? required = null, string[]? oneOf = null,
        int? minProperties = null, int? maxProperties = null, string[]? anyOfRequired = null)
    {
        var props = new JsonObject();
        foreach (var (name, schema) in properties) props[name] = schema;
        var o = new JsonObject { ["type"] = "object", ["properties"] = props, ["additionalProperties"] = false };
        if (required is { Length: > 0 }) o["required"] = new JsonArray(required.Select(r => (JsonNode)r).ToArray());
        if (oneOf is not null) o["oneOf"] = new JsonArray(oneOf.Select(f => (JsonNode)new JsonObject { ["required"] = new JsonArray(f) }).ToArray());
        if (anyOfRequired is not null) o["anyOf"] = new JsonArray(anyOfRequired.Select(f => (JsonNode)new JsonObject { ["required"] = new JsonArray(f) }).ToArray());
        if (minProperties is { } min) o["minProperties"] = min;
        if (maxProperties is { } max) o["maxProperties"] = max;
        return o;
    }

    public static JsonObject Ref(string name) => new() { ["$ref"] = "#/$defs/" + name };

    private static JsonObject List(string item) => new() { ["type"] = "array", ["items"] = Ref(item) };

    private static JsonObject Text(string? description = null) =>
        description is null ? new JsonObject { ["type"] = "string" } : new JsonObject { ["type"] = "string", ["description"] = description };

    private static JsonObject Clock() => new() { ["type"] = "string", ["pattern"] = "^([01][0-9]|2[0-3]):[0-5][0-9]$|^24:00$" };

    private static JsonObject Enum(IEnumerable<string> values) => new() { ["enum"] = new JsonArray(values.Select(v => (JsonNode)v).ToArray()) };

    /// <summary>The word <c>all</c>, or a list of <paramref name="item"/>.</summary>
    private static JsonObject AllOr(JsonObject item) => new()
    {
        ["anyOf"] = new JsonArray(new JsonObject { ["const"] = "all" }, new JsonObject { ["type"] = "array", ["items"] = item }),
    };
}
