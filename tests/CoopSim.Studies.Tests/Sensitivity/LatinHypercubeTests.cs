using CoopSim.Studies.Sensitivity;

namespace CoopSim.Studies.Tests.Sensitivity;

public sealed class LatinHypercubeTests
{
    [Fact]
    public void Sample_EachColumn_HitsEveryStratumOnce()
    {
        var points = LatinHypercube.Sample(50, 4, 9);

        for (var j = 0; j < 4; j++)
            Assert.Equal(Enumerable.Range(0, 50), points.Select(p => (int)Math.Floor(p[j] * 50)).Order());
    }

    [Fact]
    public void Sample_SameSeed_SamePoints_OtherSeed_Others()
    {
        Assert.Equal(LatinHypercube.Sample(10, 3, 1), LatinHypercube.Sample(10, 3, 1));
        Assert.NotEqual(LatinHypercube.Sample(10, 3, 1), LatinHypercube.Sample(10, 3, 2));
    }
}
