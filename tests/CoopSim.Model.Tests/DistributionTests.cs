using CoopSim.Model;
using CoopSim.Model.Distributions;

namespace CoopSim.Model.Tests;

public sealed class DistributionTests
{
    private static double SampleMean(DelayDistribution d, int n, out long min)
    {
        var random = new SimRandom(12345);
        double sum = 0;
        min = long.MaxValue;
        for (var i = 0; i < n; i++)
        {
            var x = d.SampleMilliseconds(ref random);
            sum += x;
            min = Math.Min(min, x);
        }

        return sum / n;
    }

    [Fact]
    public void SampleMilliseconds_ShiftedExponential_MatchesMeanAndNeverGoesBelowMinimum()
    {
        var d = new ShiftedExponentialDelay(Duration.FromMinutes(10), Duration.FromHours(2));
        var mean = SampleMean(d, 200_000, out var min);

        // Standard error of the mean is (110 min)/sqrt(n) ≈ 15 s; allow 5 of them.
        Assert.InRange(mean, 7_200_000 - 75_000, 7_200_000 + 75_000);
        Assert.True(min >= d.Minimum.Milliseconds);
    }

    [Fact]
    public void SampleMilliseconds_Uniform_MatchesMean()
    {
        var d = new UniformDelay(Duration.FromHours(2), Duration.FromHours(48));
        var mean = SampleMean(d, 200_000, out var min);
        Assert.InRange(mean / 3_600_000, 24.9, 25.1);
        Assert.True(min >= 7_200_000);
    }

    [Fact]
    public void SampleMilliseconds_LogNormal_HasGivenMedianAndP90()
    {
        var d = new LogNormalDelay(Duration.FromHours(6), Duration.FromHours(48), Duration.FromMinutes(1));
        var random = new SimRandom(7);
        var xs = Enumerable.Range(0, 100_000).Select(_ => (double)d.SampleMilliseconds(ref random)).Order().ToArray();
        Assert.InRange(xs[50_000] / 3_600_000, 5.8, 6.2);
        Assert.InRange(xs[90_000] / 3_600_000, 46, 50);
    }

    [Fact]
    public void SampleMilliseconds_Empirical_InterpolatesQuantiles()
    {
        var d = new EmpiricalDelay([new QuantilePoint(0, Duration.FromHours(1)), new QuantilePoint(0.5, Duration.FromHours(4)), new QuantilePoint(1, Duration.FromHours(48))]);
        var random = new SimRandom(9);
        var xs = Enumerable.Range(0, 100_000).Select(_ => (double)d.SampleMilliseconds(ref random)).Order().ToArray();
        Assert.InRange(xs[50_000] / 3_600_000, 3.9, 4.1);
        Assert.InRange(xs[25_000] / 3_600_000, 2.4, 2.6);
        Assert.Equal(d.Mean.TotalHours, xs.Average() / 3_600_000, 0.3);
        Assert.True(xs[0] >= 3_600_000);
    }

    [Fact]
    public void ForStream_SameKey_GivesSameSequenceAndDifferentKeysDiffer()
    {
        var a = SimRandom.ForStream(7, 3, "kr.knpa");
        var b = SimRandom.ForStream(7, 3, "kr.knpa");
        var c = SimRandom.ForStream(7, 4, "kr.knpa");
        var d = SimRandom.ForStream(7, 3, "vn.mps");
        var first = a.NextUInt64();
        Assert.Equal(first, b.NextUInt64());
        Assert.NotEqual(first, c.NextUInt64());
        Assert.NotEqual(first, d.NextUInt64());
    }
}
