using CoopSim.Model;

namespace CoopSim.Bench.Validation;

/// <summary>3–5 countries of 1–3 agencies, random channels between any two agencies, and an alert scoped to some of the countries.</summary>
internal sealed class ScopeFamily : IValidationFamily
{
    public const int Replications = 2;

    public string Id => "scope";

    public string Title => "Scope never lets an alert into a country outside it";

    public string ClosedForm =>
        "An agency u that can act relays over a channel u → v only if v's country is in the alert's scope, or v and u " +
        "are both in the origin's country (inside the origin's country an alert moves freely; no one abroad sends it " +
        "back). With no losses and no expiry, the agencies reached are exactly the closure of the origin under that " +
        "rule (a breadth-first search of the channel graph), and in particular none lies outside the scope and the " +
        "origin's country. Checked exactly in every replication: the count of agencies reached outside, and each agency " +
        "reached or not.";

    public string TestName => "ScopeProperties";

    public ulong PropertySeed => 1506;

    public int DefaultWorlds => 30;

    public int ChecksPerWorld => 0;

    public IReadOnlyList<string> PooledScores { get; } = [];

    public IValidationCase Generate(ulong seed)
    {
        var random = new SimRandom(seed);
        var countries = Enumerable.Range(0, Draw.Int(ref random, 3, 5)).Select(i => $"X{(char)('A' + i)}").ToArray();
        var world = new WorldYamlBuilder();
        var agencies = new List<(string Id, string Country)>();
        foreach (var c in countries)
        {
            world.Country(c);
            var count = Draw.Int(ref random, 1, 3);
            for (var k = 0; k < count; k++)
            {
                var id = $"{c.ToLowerInvariant()}.g{k}";
                world.Agency(id, c);
                agencies.Add((id, c));
            }
        }

        var channels = new List<(string From, string To)>();
        foreach (var u in agencies)
            foreach (var v in agencies)
                if (u != v && Draw.Coin(ref random, 0.3))
                {
                    world.Channel($"{u.Id}-{v.Id}", u.Id, v.Id, WorldYamlBuilder.Minutes(30));
                    channels.Add((u.Id, v.Id));
                }

        var scope = Draw.Distinct(ref random, countries, Draw.Int(ref random, 1, countries.Length - 1)).Order(StringComparer.Ordinal).ToArray();
        var scenario = new ScenarioYamlBuilder($"scope-{seed:x16}", "Does the scope keep this alert inside its countries?",
            new DateTimeOffset(2025, 4, 14, 9, 0, 0, TimeSpan.Zero), seed % 1_000_000, Replications).Alert("A", agencies[0].Id, scope: scope);
        var summary = $"{countries.Length} countries, {agencies.Count} agencies, {channels.Count} channels, origin in {countries[0]}, scope [{string.Join(", ", scope)}]";
        return new ScopeCase(new GeneratedScenario(Id, seed, summary, world.Build(), scenario.Build()), agencies, channels, scope);
    }
}
