using CoopSim.Model;

namespace CoopSim.Bench.Validation;

/// <summary>A chain of 2–8 fixed-latency channels and an expiry that is often exactly one of the arrival times.</summary>
internal sealed class ExpiryFamily : IValidationFamily
{
    public const int Replications = 2;

    public string Id => "expiry";

    public string Title => "Expiry cuts a chain exactly";

    public string ClosedForm =>
        "With fixed transits d₁…dₖ (no handling, 24/7 desks) agency j receives the alert at Sⱼ = d₁ + … + dⱼ. " +
        "An alert with expiry E is acted on by agency j if and only if it arrives no later than its expiry, Sⱼ ≤ E " +
        "(arriving exactly at E still counts); then it acts at exactly Sⱼ, and no agency past the first late one is reached. " +
        "Half the worlds put E exactly on some Sⱼ, to test the boundary. Checked exactly in every replication.";

    public string TestName => "ExpiryProperties";

    public ulong PropertySeed => 1505;

    public int DefaultWorlds => 30;

    public int ChecksPerWorld => 0;

    public IReadOnlyList<string> PooledScores { get; } = [];

    public IValidationCase Generate(ulong seed)
    {
        var random = new SimRandom(seed);
        var hops = Draw.Int(ref random, 2, 8);
        var transits = Enumerable.Range(0, hops).Select(_ => Draw.Int(ref random, 1, 600)).ToArray();
        var arrivals = transits.Select((_, j) => transits.Take(j + 1).Sum()).ToArray();
        var expiry = Draw.Coin(ref random) ? Draw.Pick(ref random, arrivals) : Draw.Int(ref random, 1, arrivals[^1] + 60);
        var world = new WorldYamlBuilder().Country("AA");
        for (var i = 0; i <= hops; i++) world.Agency($"a{i}", "AA");
        for (var i = 0; i < hops; i++) world.Channel($"c{i}", $"a{i}", $"a{i + 1}", WorldYamlBuilder.Minutes(transits[i]));
        var scenario = new ScenarioYamlBuilder($"expiry-{seed:x16}", "Does expiry cut this chain where the rule says?",
            new DateTimeOffset(2025, 4, 14, 9, 0, 0, TimeSpan.Zero), seed % 1_000_000, Replications).Alert("A", "a0", expiryMinutes: expiry);
        var summary = $"arrivals at {string.Join(", ", arrivals)} min, expiry {expiry} min";
        return new ExpiryCase(new GeneratedScenario(Id, seed, summary, world.Build(), scenario.Build()), arrivals, expiry);
    }
}
