using CoopSim.Model;

namespace CoopSim.Bench.Validation;

/// <summary>
/// A chain a0 → a1 → … → ak of 2–8 exponential channels with different means: the time to the end is
/// hypoexponential.
/// </summary>
internal sealed class ChainFamily : IValidationFamily
{
    /// <summary>Means far enough apart (ratio ≥ 4/3) that the closed form's partial fractions stay well conditioned.</summary>
    public static readonly int[] MeanLadderMinutes = [15, 20, 30, 45, 60, 90, 120, 180, 240, 360, 480, 720];

    public const int Replications = 2000;

    public string Id => "chain";

    public string Title => "Chains of exponential channels: hypoexponential time to act";

    public string ClosedForm =>
        "Each channel *i* has latency 1 s + Exp(λᵢ) with λᵢ = 1 / (meanᵢ − 1 s); handling and office waits are zero. " +
        "The time T to the end of the chain, less k seconds, is hypoexponential: " +
        "F(x) = 1 − Σᵢ (Πⱼ≠ᵢ λⱼ / (λⱼ − λᵢ)) e^(−λᵢ x), E[T] = Σᵢ 1/λᵢ, Var[T] = Σᵢ 1/λᵢ². " +
        "Checks per world: KS distance D ≤ √(−ln(α′/2)/2) / √n; the sample mean within E ± z·√(Var/n); " +
        "the sample variance within Var ± z·√((κ₄ + 2 Var²)/n) with κ₄ = Σᵢ 6/λᵢ⁴; every replication reaches the end.";

    public string TestName => "ChainProperties";

    public ulong PropertySeed => 1501;

    public int DefaultWorlds => 60;

    public int ChecksPerWorld => 3;

    public IReadOnlyList<string> PooledScores { get; } = ["mean", "variance"];

    public IValidationCase Generate(ulong seed)
    {
        var random = new SimRandom(seed);
        var hops = Draw.Int(ref random, 2, 8);
        var means = Draw.Distinct(ref random, MeanLadderMinutes, hops);
        var world = new WorldYamlBuilder().Country("AA");
        for (var i = 0; i <= hops; i++) world.Agency($"a{i}", "AA");
        for (var i = 0; i < hops; i++) world.Channel($"c{i}", $"a{i}", $"a{i + 1}", WorldYamlBuilder.Exponential(means[i]));
        var scenario = new ScenarioYamlBuilder($"chain-{seed:x16}", "Is the time along this chain hypoexponential?",
            new DateTimeOffset(2025, 4, 14, 9, 0, 0, TimeSpan.Zero), seed % 1_000_000, Replications).Alert("A", "a0");
        var summary = $"{hops} channels, means {string.Join(", ", means.Select(m => m + " min"))}";
        return new ChainCase(new GeneratedScenario(Id, seed, summary, world.Build(), scenario.Build()), means);
    }
}
