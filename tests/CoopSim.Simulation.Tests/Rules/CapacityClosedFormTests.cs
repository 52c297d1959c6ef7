using CoopSim.Bench.Validation;
using CoopSim.Model;
using CoopSim.Model.Distributions;
using CoopSim.Simulation.Engine;
using static CoopSim.Simulation.Tests.Rules.RuleRuns;

namespace CoopSim.Simulation.Tests.Rules;

/// <summary>
/// docs/model.md, "Capacity and queue", against queueing theory (docs/validation.md). N alerts issued at once reach
/// the desk over a channel whose transit is uniform on [0, T]: N independent uniform arrivals are a Poisson process
/// of rate N/T conditioned on its count. Handling is exponential. The mean wait for an officer, over the alerts and
/// replications, is checked at 99% against M/M/1's ρ/(μ−λ) and M/M/c's Erlang C, and so is the share of copies that
/// waited longer than half an hour against the tails ρ·e^(−(μ−λ)t) and C·e^(−(cμ−λ)t); batches of replications with
/// different seeds give the interval.
/// </summary>
public sealed class CapacityClosedFormTests
{
    private const int Alerts = 2000;
    private const double ArrivalsPerHour = 1.0;

    [Fact]
    public void Capacity_OneOfficerPoissonArrivalsExponentialHandling_MeanWaitIsMM1()
    {
        // λ = 1/h, μ = 2/h: ρ = 0.5, Wq = ρ/(μ−λ) = 0.5 h.
        var (mean, halfWidth) = MeanWaitHours(capacity: 1, handlingMeanHours: 0.5);

        Assert.InRange(0.5, mean - halfWidth, mean + halfWidth);
        Assert.True(halfWidth < 0.05, $"interval ±{halfWidth:F4} h is too wide to test anything");
    }

    [Fact]
    public void Capacity_TwoOfficersPoissonArrivalsExponentialHandling_MeanWaitIsErlangC()
    {
        // λ = 1/h, μ = 1/h per officer, c = 2: a = 1, Erlang C = 1/3, Wq = C/(cμ−λ) = 1/3 h.
        var (mean, halfWidth) = MeanWaitHours(capacity: 2, handlingMeanHours: 1.0);

        Assert.InRange(1.0 / 3, mean - halfWidth, mean + halfWidth);
        Assert.True(halfWidth < 0.05, $"interval ±{halfWidth:F4} h is too wide to test anything");
    }

    [Fact]
    public void Capacity_OneOfficerPoissonArrivalsExponentialHandling_WaitBeyondHalfAnHourIsMM1Tail()
    {
        // λ = 1/h, μ = 2/h: P(Wq > t) = ρ·e^(−(μ−λ)t) = 0.5·e^(−0.5) ≈ 0.3033 at t = 0.5 h.
        var (share, halfWidth) = ShareWaitingLonger(capacity: 1, handlingMeanHours: 0.5, thresholdHours: 0.5);

        Assert.InRange(0.5 * Math.Exp(-0.5), share - halfWidth, share + halfWidth);
        Assert.True(halfWidth < 0.02, $"interval ±{halfWidth:F4} is too wide to test anything");
    }

    [Fact]
    public void Capacity_TwoOfficersPoissonArrivalsExponentialHandling_WaitBeyondHalfAnHourIsErlangCTail()
    {
        // λ = μ = 1/h, c = 2: P(Wq > t) = C·e^(−(cμ−λ)t) = e^(−0.5)/3 ≈ 0.2022 at t = 0.5 h.
        var (share, halfWidth) = ShareWaitingLonger(capacity: 2, handlingMeanHours: 1.0, thresholdHours: 0.5);

        Assert.InRange(Math.Exp(-0.5) / 3, share - halfWidth, share + halfWidth);
        Assert.True(halfWidth < 0.02, $"interval ±{halfWidth:F4} is too wide to test anything");
    }

    [Fact]
    public void Capacity_WithoutCapacity_SameLoadNeverWaits()
    {
        var (mean, _) = MeanWaitHours(capacity: null, handlingMeanHours: 0.5, batches: 2);

        Assert.Equal(0.0, mean);
    }

    /// <summary>The mean wait in hours and its 99% half-width (Student t, from batch means).</summary>
    private static (double Mean, double HalfWidth) MeanWaitHours(int? capacity, double handlingMeanHours, int batches = 10)
    {
        var world = World(capacity, handlingMeanHours);
        var means = new double[batches];
        for (var k = 0; k < batches; k++)
        {
            var result = RunHelpers.Run(world.Build(horizon: Duration.FromDays(400)), 20, seed: (ulong)(101 + k)).Result;
            means[k] = Enumerable.Range(0, Alerts).Average(i => Agency(result, "b", i)!.Breakdown.Waiting) / 3600.0;
        }

        return Interval(means);
    }

    /// <summary>The share of copies at the desk that waited longer than the threshold, and its 99% half-width.</summary>
    private static (double Share, double HalfWidth) ShareWaitingLonger(int capacity, double handlingMeanHours, double thresholdHours)
    {
        var scenario = World(capacity, handlingMeanHours).Build(horizon: Duration.FromDays(400));
        var shares = new double[10];
        for (var k = 0; k < shares.Length; k++)
        {
            var probe = new OfficerWaitProbe("b", (long)(thresholdHours * 3_600_000));
            new InProcessEngine().RunAsync(scenario, new RunOptions(20, (ulong)(101 + k), Workers: 1, KeepReplications: false, Probe: probe))
                .GetAwaiter().GetResult();
            Assert.Equal(20L * Alerts, probe.Count);
            shares[k] = probe.ShareAbove;
        }

        return Interval(shares);
    }

    private static TestWorld World(int? capacity, double handlingMeanHours)
    {
        var spanHours = Alerts / ArrivalsPerHour;
        var world = new TestWorld().Country("AA").Agency("a", "AA")
            .Agency("b", "AA", handling: TestWorld.Exp(0, handlingMeanHours), capacity: capacity)
            .Channel("ab", "a", "b", new UniformDelay(Duration.Zero, Duration.FromHours(spanHours)));
        for (var i = 0; i < Alerts; i++) world.Alert("A" + i, "a");
        return world;
    }

    private static (double Mean, double HalfWidth) Interval(double[] batches)
    {
        var mean = batches.Average();
        var sd = Math.Sqrt(batches.Sum(m => (m - mean) * (m - mean)) / (batches.Length - 1));
        // t(0.995, 9) = 3.250; with 2 batches the interval is not used.
        return (mean, 3.250 * sd / Math.Sqrt(batches.Length));
    }
}
