using CoopSim.Model;

namespace CoopSim.Bench.Validation;

/// <summary>A chain of 2–8 channels with random losses: reaching agency j needs every channel before it to deliver.</summary>
internal sealed class LossFamily : IValidationFamily
{
    /// <summary>Losses 0, 0.05, …, 0.5.</summary>
    public static readonly double[] LossLadder = Enumerable.Range(0, 11).Select(i => i * 0.05).ToArray();

    public const int Replications = 4000;

    public string Id => "loss";

    public string Title => "Losses along a chain: reach is the product of survivals";

    public string ClosedForm =>
        "Channel *i* loses a message with probability lᵢ, independently. Agency j of the chain is reached with " +
        "p_j = Πᵢ≤ⱼ (1 − lᵢ), so the share of n replications reaching it is within p_j ± z·√(p_j(1 − p_j)/n) " +
        "(exactly 1 when no channel before it loses anything). One check per agency of the chain. " +
        "Pooled per loss value l: of the Nᵢ₋₁ replications that reach the start of a channel with loss l, " +
        "Binomial(Nᵢ₋₁, 1 − l) get through; zᵢ = (Nᵢ − Nᵢ₋₁(1 − l)) / √(Nᵢ₋₁ l (1 − l)) is N(0, 1) given Nᵢ₋₁, so the " +
        "Stouffer sum over all channels of that loss finds one wrong value (0.32 where 0.30 was asked).";

    public string TestName => "LossProperties";

    public ulong PropertySeed => 1502;

    public int DefaultWorlds => 60;

    public int ChecksPerWorld => 8;

    public IReadOnlyList<string> PooledScores { get; } =
        ["reach of the last agency", .. LossLadder.Where(l => l > 0).Select(ChannelScore)];

    /// <summary>The pooled score of every channel with loss <paramref name="loss"/>: a wrong loss for one value shows here.</summary>
    public static string ChannelScore(double loss) => $"delivery over channels of loss {loss.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture)}";

    public IValidationCase Generate(ulong seed)
    {
        var random = new SimRandom(seed);
        var hops = Draw.Int(ref random, 2, 8);
        var losses = Enumerable.Range(0, hops).Select(_ => Draw.Pick(ref random, LossLadder)).ToArray();
        var world = new WorldYamlBuilder().Country("AA");
        for (var i = 0; i <= hops; i++) world.Agency($"a{i}", "AA");
        for (var i = 0; i < hops; i++) world.Channel($"c{i}", $"a{i}", $"a{i + 1}", WorldYamlBuilder.Minutes(5), losses[i]);
        var scenario = new ScenarioYamlBuilder($"loss-{seed:x16}", "Is reach along this chain the product of its survivals?",
            new DateTimeOffset(2025, 4, 14, 9, 0, 0, TimeSpan.Zero), seed % 1_000_000, Replications).Alert("A", "a0");
        var summary = $"{hops} channels, losses {string.Join(", ", losses.Select(l => l.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture)))}";
        return new LossCase(new GeneratedScenario(Id, seed, summary, world.Build(), scenario.Build()), losses);
    }
}
