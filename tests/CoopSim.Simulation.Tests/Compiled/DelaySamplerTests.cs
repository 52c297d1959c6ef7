using CoopSim.Model;
using CoopSim.Model.Distributions;
using CoopSim.Simulation.Compiled;
using CoopSim.Simulation.Kernel;

namespace CoopSim.Simulation.Tests.Compiled;

/// <summary>The precomputed samplers draw exactly what their distributions draw, from the same stream.</summary>
public sealed class DelaySamplerTests
{
    public static TheoryData<DelayDistribution> Distributions() =>
    [
        new FixedDelay(Duration.FromMinutes(3)),
        new UniformDelay(Duration.FromSeconds(5), Duration.FromMinutes(30)),
        new ShiftedExponentialDelay(Duration.FromMinutes(1), Duration.FromMinutes(10)),
        new LogNormalDelay(Duration.FromHours(2), Duration.FromHours(12), Duration.FromMinutes(15)),
        // A tail so heavy that some draws overflow to the maximum, and a minimum above most draws.
        new LogNormalDelay(Duration.FromDays(1000), Duration.FromDays(30_000), Duration.FromDays(900)),
        new EmpiricalDelay([new QuantilePoint(0, Duration.FromMinutes(1)), new QuantilePoint(0.5, Duration.FromMinutes(5)), new QuantilePoint(1, Duration.FromHours(1))]),
    ];

    [Theory]
    [MemberData(nameof(Distributions))]
    public void Sample_SameStream_DrawsWhatTheDistributionDraws(DelayDistribution distribution)
    {
        var sampler = new DelaySampler(distribution);
        var a = new SimRandom(11);
        var b = new SimRandom(11);

        var fromSampler = Enumerable.Range(0, 5_000).Select(_ => sampler.Sample(ref a)).ToArray();
        var fromDistribution = Enumerable.Range(0, 5_000).Select(_ => distribution.SampleMilliseconds(ref b)).ToArray();

        Assert.Equal(fromDistribution, fromSampler);
        // Both streams advanced alike, so later draws stay aligned too.
        Assert.Equal(b.NextUInt64(), a.NextUInt64());
    }
}
