namespace CoopSim.Scenarios.Sweeps;

/// <summary>
/// A parameter of a scenario in the scenario format's own terms: <c>COLLECTION.ID.PROPERTY</c>, e.g.
/// <c>channels.kr-vn-desk.latency.median</c> or <c>agencies.uz.mia.hours</c>. Ids may contain dots, so the
/// property is matched from the end.
/// </summary>
public sealed record ParameterPath(string Collection, string Id, string Property)
{
    /// <summary>Every settable parameter: collection, property, and what its values look like.</summary>
    public static readonly IReadOnlyList<(string Collection, string Property, string Values)> Known =
    [
        ("channels", "latency.median", "a duration: the latency distribution keeps its minimum and shape and takes this median"),
        ("channels", "latency", "a duration: the latency becomes fixed at it"),
        ("channels", "loss", "a probability between 0 and 1"),
        ("agencies", "handling.median", "a duration: every handling rule keeps its minimum and shape and takes this median"),
        ("agencies", "hours", "24/7 or office hours like 09:00-18:00"),
        ("outages", "from", "a duration from the start (the id is the outage's channel)"),
        ("outages", "until", "a duration from the start (the id is the outage's channel)"),
        ("subjects", "arrives", "a duration from the start: the first arrival (later stops keep their gaps)"),
        ("alerts", "at", "a duration from the start: when the alert is issued"),
    ];

    public string Text => $"{Collection}.{Id}.{Property}";

    public override string ToString() => Text;

    public static bool TryParse(string text, out ParameterPath? path, out string error)
    {
        path = null;
        error = string.Empty;
        var dot = text.IndexOf('.', StringComparison.Ordinal);
        var collections = Known.Select(k => k.Collection).Distinct().ToArray();
        var collection = dot > 0 ? text[..dot] : text;
        if (!collections.Contains(collection, StringComparer.Ordinal))
        {
            error = $"parameter '{text}' must start with one of {string.Join(", ", collections)} (like channels.kr-vn-desk.latency.median)";
            return false;
        }

        var rest = text[(dot + 1)..];
        foreach (var (c, property, _) in Known.Where(k => k.Collection == collection).OrderByDescending(k => k.Property.Length))
        {
            if (rest.Length <= property.Length + 1 || !rest.EndsWith("." + property, StringComparison.Ordinal)) continue;
            path = new ParameterPath(c, rest[..^(property.Length + 1)], property);
            return true;
        }

        var properties = string.Join(", ", Known.Where(k => k.Collection == collection).Select(k => k.Property));
        error = $"parameter '{text}' must be {collection}.ID.PROPERTY, where PROPERTY is one of {properties}";
        return false;
    }
}
