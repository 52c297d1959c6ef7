using CoopSim.Model;
using CoopSim.Simulation.Statistics;

namespace CoopSim.Simulation.Tests.Statistics;

public sealed class ValueSketchMergeTests
{
    [Theory]
    [InlineData(0, 0)]
    [InlineData(0, 5)]
    [InlineData(1, 0)]
    [InlineData(1, 1)]
    [InlineData(1, 3000)]
    [InlineData(1, 5000)]
    [InlineData(4000, 100)]
    [InlineData(5000, 3000)]
    [InlineData(2000, 2096)]
    [InlineData(2000, 2097)]
    [InlineData(3000, 7000)]
    [InlineData(9000, 1)]
    [InlineData(5000, 30000)]
    public void Merge_TwoSketchesOfOneSample_SummarizeLikeOneSketchGivenEveryValue(int first, int second) =>
        AssertMergedLikeWhole(first, second, compactFirst: false);

    [Theory]
    [InlineData(1, 5000)]
    [InlineData(4000, 100)]
    [InlineData(5000, 3000)]
    [InlineData(3000, 7000)]
    [InlineData(9000, 1)]
    [InlineData(5000, 30000)]
    public void Merge_BothCompactedFirst_SummarizeLikeOneSketchGivenEveryValue(int first, int second) =>
        AssertMergedLikeWhole(first, second, compactFirst: true);

    /// <summary>
    /// Two sketches given the values in turn, as two workers would be, merged (each compacted first, as a worker does
    /// before the merge, when <paramref name="compactFirst"/>), against one sketch given every value.
    /// </summary>
    private static void AssertMergedLikeWhole(int first, int second, bool compactFirst)
    {
        var random = new SimRandom(11);
        var values = Enumerable.Range(0, first + second).Select(_ => (long)(-Math.Log(1 - random.NextDouble()) * 7_200_000)).ToArray();
        var whole = new ValueSketch();
        foreach (var v in values) whole.Add(v);
        var a = new ValueSketch();
        var b = new ValueSketch();
        // Interleaved, as two workers taking replications in turn would see them.
        var toA = 0;
        var toB = 0;
        foreach (var v in values)
        {
            if ((toA < first && (toA + toB) % 2 == 0) || toB == second)
            {
                a.Add(v);
                toA++;
            }
            else
            {
                b.Add(v);
                toB++;
            }
        }

        if (compactFirst)
        {
            a.Compact();
            b.Compact();
        }

        a.Merge(ref b);

        Assert.Equal(first + second, a.Count);
        Assert.Equal(0, b.Count);
        Assert.Equal(whole.Summarize(1000), a.Summarize(1000));
        Assert.Equal(whole.SummarizeTimes(1000, values.Length + 7), a.SummarizeTimes(1000, values.Length + 7));
    }

    [Fact]
    public void Merge_ThenAdd_KeepsCountingLikeOneSketch()
    {
        var whole = new ValueSketch();
        var a = new ValueSketch();
        var b = new ValueSketch();
        for (var v = 0L; v < 10; v++)
        {
            whole.Add(v * 37);
            if (v < 6) a.Add(v * 37);
            else b.Add(v * 37);
        }

        a.Merge(ref b);
        whole.Add(5);
        a.Add(5);

        Assert.Equal(whole.Summarize(1), a.Summarize(1));
    }
}
