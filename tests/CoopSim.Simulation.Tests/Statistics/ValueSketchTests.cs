using CoopSim.Model;
using CoopSim.Simulation.Statistics;

namespace CoopSim.Simulation.Tests.Statistics;

public sealed class ValueSketchTests
{
    [Fact]
    public void Summarize_WithinExactBudget_MatchesSortedSummaryExactly()
    {
        var random = new SimRandom(3);
        var values = Enumerable.Range(0, ValueSketch.ExactBudget).Select(_ => (long)(random.NextUInt64() % 10_000_000)).ToArray();
        var sketch = new ValueSketch();
        foreach (var v in values) sketch.Add(v);

        var exact = Stats.Summarize(values.Select(v => v / 1000.0).ToArray());
        var folded = sketch.Summarize(1000);
        Assert.Equal(exact.P50, folded.P50);
        Assert.Equal(exact.P90, folded.P90);
        Assert.Equal(exact.P99, folded.P99);
        Assert.Equal(exact.Min, folded.Min);
        Assert.Equal(exact.Max, folded.Max);
        Assert.Equal(exact.Mean, folded.Mean, 9);
        Assert.Equal(exact.CiLow, folded.CiLow, 9);
    }

    [Fact]
    public void Summarize_PastExactBudget_PercentilesWithinOneTwoThousandthMeansExact()
    {
        var random = new SimRandom(5);
        // Exponential milliseconds with a 2-hour mean, 25 times the exact budget.
        var values = Enumerable.Range(0, 25 * ValueSketch.ExactBudget)
            .Select(_ => (long)(-Math.Log(1 - random.NextDouble()) * 7_200_000)).ToArray();
        var sketch = new ValueSketch();
        foreach (var v in values) sketch.Add(v);

        var exact = Stats.Summarize(values.Select(v => (double)v).ToArray());
        var folded = sketch.Summarize(1);
        Assert.InRange(folded.P50, exact.P50 * (1 - 1 / 2048.0), exact.P50 * (1 + 1 / 2048.0));
        Assert.InRange(folded.P90, exact.P90 * (1 - 1 / 2048.0), exact.P90 * (1 + 1 / 2048.0));
        Assert.InRange(folded.P99, exact.P99 * (1 - 1 / 2048.0), exact.P99 * (1 + 1 / 2048.0));
        Assert.Equal(exact.Min, folded.Min);
        Assert.Equal(exact.Max, folded.Max);
        Assert.Equal(exact.Mean, folded.Mean, 6);
        Assert.Equal(exact.CiHigh - exact.CiLow, folded.CiHigh - folded.CiLow, 6);
    }

    [Fact]
    public void Summarize_SameValuesInAnotherOrder_GivesTheSameSummary()
    {
        var random = new SimRandom(8);
        var values = Enumerable.Range(0, 3 * ValueSketch.ExactBudget).Select(_ => (long)(random.NextUInt64() % 1_000_000_000) - 500_000_000).ToArray();
        var forward = new ValueSketch();
        var backward = new ValueSketch();
        foreach (var v in values) forward.Add(v);
        foreach (var v in values.Reverse()) backward.Add(v);

        Assert.Equal(forward.Summarize(1000), backward.Summarize(1000));
    }

    [Theory]
    [InlineData(0L)]
    [InlineData(4095L)]
    [InlineData(4096L)]
    [InlineData(123_456_789L)]
    [InlineData(-98_765L)]
    [InlineData(2_592_000_000L)]
    public void KeyOf_AnyValue_BucketSpansUnderOneIn2048(long value)
    {
        // Any value the histogram answers for a rank shares the exact value's bucket, so the bucket's span bounds the error.
        var key = LogLinearHistogram.KeyOf(value);
        long Edge(long step)
        {
            var edge = value;
            for (; step != 0; step /= 2)
                while (LogLinearHistogram.KeyOf(edge + step) == key) edge += step;
            return edge;
        }

        var low = Edge(-(1L << 40));
        var high = Edge(1L << 40);
        Assert.InRange(high - low, 0, Math.Abs(value) / 2048.0);
        if (Math.Abs(value) < 4096) Assert.Equal(low, high);
    }

    [Fact]
    public void Summarize_AtomPastTheExactBudget_PercentileIsTheAtomItself()
    {
        // 10,000 observations: 9,000 spread below 10 h and 1,000 at exactly 10 h (36,000,000 ms): p99 lies in the atom.
        var sketch = new ValueSketch();
        for (var i = 0; i < 9_000; i++) sketch.Add(1_000_000 + i * 3_001L);
        for (var i = 0; i < 1_000; i++) sketch.Add(36_000_000);

        var summary = sketch.Summarize(1000);
        Assert.Equal(36_000.0, summary.P99);
        Assert.Equal(36_000.0, summary.Max);
    }

    [Fact]
    public void KeyOf_IncreasingValues_NeverDecreases()
    {
        var previous = long.MinValue;
        for (var v = -5_000_000L; v <= 5_000_000L; v += 997)
        {
            var key = LogLinearHistogram.KeyOf(v);
            Assert.True(key >= previous, $"key of {v} is {key}, below {previous}");
            previous = key;
        }
    }
}
