using CoopSim.Bench.Measure;

namespace CoopSim.Bench.Tests.Measure;

public sealed class BenchMeasureTests
{
    [Fact]
    public void Speedup_InterleavedRounds_GivesRatioOfMediansAndEachRoundAgainstItsPartner()
    {
        // Medians 2.0 s and 0.8 s: 2.5×. Round by round 1.0/0.5 = 2.0, 2.0/0.8 = 2.5, 3.0/2.0 = 1.5; a ratio of
        // unpaired rounds (3.0/0.5 = 6.0, say) must not appear.
        var one = new List<BenchMeasure.Round> { new(1.0, 1.0, 10), new(2.0, 2.0, 10), new(3.0, 3.0, 10) };
        var two = new List<BenchMeasure.Round> { new(0.5, 1.0, 10), new(0.8, 1.6, 10), new(2.0, 4.0, 10) };

        Assert.Equal("2.50× of 1 worker (round by round 1.50–2.50×)", BenchMeasure.Speedup(one, two));
    }
}
