using CoopSim.Model;

namespace CoopSim.Bench.Validation;

/// <summary>
/// Small random worlds that use most of the model at once (time zones, office hours, handling, translation,
/// losses, four latency forms, two-way channels, outages, scopes, expiry), for properties that compare
/// engines rather than closed forms.
/// </summary>
internal static class SmallWorldGenerator
{
    private static readonly string[] Languages = ["en", "fr", "ko"];

    public static GeneratedScenario Generate(ulong seed, int replications = 8)
    {
        var random = new SimRandom(seed);
        var world = new WorldYamlBuilder();
        var countries = Enumerable.Range(0, Draw.Int(ref random, 2, 4)).Select(i => $"X{(char)('A' + i)}").ToArray();
        foreach (var c in countries)
            world.Country(c, Draw.Pick(ref random, OfficeHoursFamily.OffsetsMinutes), Draw.Pick(ref random, OfficeHoursFamily.Weekends), Draw.Pick(ref random, Languages));

        var agencies = new List<string>();
        var agencyCount = Draw.Int(ref random, 3, 9);
        for (var i = 0; i < agencyCount; i++)
        {
            var id = $"g{i}";
            var hours = Draw.Coin(ref random) ? "24/7" : WorldYamlBuilder.Hours(Draw.Int(ref random, 28, 40) * 15, Draw.Int(ref random, 64, 76) * 15, Draw.Int(ref random, 0, 12) * 10);
            var handling = Draw.Coin(ref random) ? null : $"{{uniform: [0s, {Draw.Int(ref random, 1, 90)}m]}}";
            world.Agency(id, i < countries.Length ? countries[i] : Draw.Pick(ref random, countries), hours, relays: Draw.Coin(ref random, 0.85), handling);
            agencies.Add(id);
        }

        var channels = new List<string>();
        void Channel(string from, string to, ref SimRandom r)
        {
            var id = $"{from}-{to}-{channels.Count}";
            world.Channel(id, from, to, Latency(ref r), Draw.Pick(ref r, [0, 0, 0.05, 0.2]), Draw.Coin(ref r) ? "auto" : "never", Draw.Coin(ref r, 0.3));
            channels.Add(id);
        }

        // A tree from g0 so that alerts can travel, then a few extra channels for races and duplicates.
        for (var i = 1; i < agencies.Count; i++) Channel(agencies[Draw.Int(ref random, 0, i - 1)], agencies[i], ref random);
        for (var k = 0; k < agencies.Count / 2; k++)
        {
            var from = Draw.Pick(ref random, agencies);
            var to = Draw.Pick(ref random, agencies);
            if (from != to) Channel(from, to, ref random);
        }

        var epoch = new DateTimeOffset(2025, 1, 1, 0, 0, 0, TimeSpan.Zero).AddDays(Draw.Int(ref random, 0, 364)).AddMinutes(Draw.Int(ref random, 0, 95) * 15);
        var scenario = new ScenarioYamlBuilder($"small-{seed:x16}", "Do all engines give the same bytes for this world?", epoch, seed % 1_000_000, replications, 20);
        if (Draw.Coin(ref random))
        {
            var from = Draw.Int(ref random, 0, 48) * 30;
            scenario.Outage(Draw.Pick(ref random, channels), from, from + Draw.Int(ref random, 1, 48) * 30, Draw.Coin(ref random) ? "hold" : "drop");
        }

        var alertCount = Draw.Int(ref random, 2, 3);
        for (var a = 0; a < alertCount; a++)
        {
            var scope = Draw.Coin(ref random) ? null : Draw.Distinct(ref random, countries, Draw.Int(ref random, 1, countries.Length)).Order(StringComparer.Ordinal).ToArray();
            long? expiry = Draw.Coin(ref random) ? Draw.Int(ref random, 1, 72) * 60 : null;
            scenario.Alert($"A{a}", Draw.Pick(ref random, agencies), Draw.Coin(ref random) ? "urgent" : "routine", Draw.Int(ref random, 0, 72) * 60, scope, expiry);
        }

        var summary = $"{countries.Length} countries, {agencies.Count} agencies, {channels.Count} channels";
        return new GeneratedScenario("small", seed, summary, world.Build(), scenario.Build());
    }

    private static string Latency(ref SimRandom random) => Draw.Int(ref random, 0, 3) switch
    {
        0 => WorldYamlBuilder.Minutes(Draw.Int(ref random, 1, 600)),
        1 => $"{{uniform: [{Draw.Int(ref random, 1, 30)}m, {Draw.Int(ref random, 31, 600)}m]}}",
        2 => WorldYamlBuilder.Exponential(Draw.Int(ref random, 5, 600)),
        _ => $"{{lognormal: {{median: {Draw.Int(ref random, 1, 6)}h, p90: {Draw.Int(ref random, 7, 48)}h, min: {Draw.Int(ref random, 1, 30)}m}}}}",
    };
}
