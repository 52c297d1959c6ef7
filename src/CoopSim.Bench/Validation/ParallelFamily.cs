using CoopSim.Model;

namespace CoopSim.Bench.Validation;

/// <summary>2–4 disjoint paths of 1–3 exponential channels from o to t: t can act when the first copy arrives.</summary>
internal sealed class ParallelFamily : IValidationFamily
{
    public const int Replications = 2000;

    public string Id => "parallel";

    public string Title => "Parallel paths: the time is the minimum of the paths' times";

    public string ClosedForm =>
        "Path *p* has hₚ channels, each 1 s + Exp(λ), so its time is hₚ seconds plus a hypoexponential Tₚ with survival Sₚ. " +
        "The first copy wins, so P(T > x) = Πₚ Sₚ(x − hₚ) (the product of the paths' survival functions), " +
        "E[T] = ∫₀^∞ Πₚ Sₚ(x − hₚ) dx and Var[T] = 2∫₀^∞ x Πₚ Sₚ(x − hₚ) dx − E[T]² (Simpson's rule, 20,000 steps). " +
        "Checks per world: KS distance against 1 − Πₚ Sₚ(x − hₚ); the sample mean within E ± z·√(Var/n).";

    public string TestName => "ParallelPathProperties";

    public ulong PropertySeed => 1503;

    public int DefaultWorlds => 40;

    public int ChecksPerWorld => 2;

    public IReadOnlyList<string> PooledScores { get; } = ["mean"];

    public IValidationCase Generate(ulong seed)
    {
        var random = new SimRandom(seed);
        var paths = Draw.Int(ref random, 2, 4);
        var world = new WorldYamlBuilder().Country("AA").Agency("o", "AA").Agency("t", "AA");
        var means = new List<int[]>();
        for (var p = 0; p < paths; p++)
        {
            var hops = Draw.Int(ref random, 1, 3);
            var pathMeans = Draw.Distinct(ref random, ChainFamily.MeanLadderMinutes, hops);
            means.Add(pathMeans);
            for (var i = 0; i < hops; i++)
            {
                var from = i == 0 ? "o" : $"p{p}x{i}";
                var to = i == hops - 1 ? "t" : $"p{p}x{i + 1}";
                if (i < hops - 1) world.Agency(to, "AA");
                world.Channel($"p{p}c{i}", from, to, WorldYamlBuilder.Exponential(pathMeans[i]));
            }
        }

        var scenario = new ScenarioYamlBuilder($"parallel-{seed:x16}", "Is the time to t the minimum of its paths' times?",
            new DateTimeOffset(2025, 4, 14, 9, 0, 0, TimeSpan.Zero), seed % 1_000_000, Replications).Alert("A", "o");
        var summary = $"{paths} paths, means (min) {string.Join(" / ", means.Select(m => string.Join(" + ", m)))}";
        return new ParallelCase(new GeneratedScenario(Id, seed, summary, world.Build(), scenario.Build()), means);
    }
}
