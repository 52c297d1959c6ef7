using CoopSim.Model;
using CoopSim.Simulation.Statistics;

namespace CoopSim.Simulation.Tests.Statistics;

public sealed class LogLinearHistogramTests
{
    /// <summary>
    /// Batches of values (wide, negative, many repeats, sorted or not) added one after another and a second histogram
    /// merged in: every rank must answer the smallest value of the bucket of the value at that rank in all the values
    /// sorted, and the buckets must be exactly the distinct keys, so a merge that drops, doubles or misorders one fails.
    /// </summary>
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void AddAndAddFrom_ManyBatches_EveryRankAnswersItsBucket(int seed)
    {
        var random = new SimRandom((ulong)seed);
        var all = new List<long>();
        var histogram = new LogLinearHistogram();
        var other = new LogLinearHistogram();
        for (var batch = 0; batch < 40; batch++)
        {
            var size = 1 + (int)(random.NextUInt64() % 600);
            var values = new long[size];
            for (var i = 0; i < size; i++) values[i] = Draw(ref random);
            // Every third batch is added sorted, to cover both the order the sort keeps and any other.
            if (batch % 3 == 0) Array.Sort(values);
            (batch % 3 == 2 ? other : histogram).Add(values);
            all.AddRange(values);
        }

        histogram.AddFrom(other);
        all.Sort();
        Assert.Equal(all.Select(LogLinearHistogram.KeyOf).Distinct().Count(), histogram.Buckets);
        var smallest = all.GroupBy(LogLinearHistogram.KeyOf).ToDictionary(g => g.Key, g => g.Min());
        for (var rank = 1; rank <= all.Count; rank++)
            Assert.Equal(smallest[LogLinearHistogram.KeyOf(all[rank - 1])], histogram.ValueAt(rank));
    }

    [Fact]
    public void AddFrom_EmptyIntoFilledAndFilledIntoEmpty_KeepsEveryCount()
    {
        var filled = new LogLinearHistogram();
        filled.Add([90_000, 5, 70_000, 5]);
        filled.AddFrom(new LogLinearHistogram());
        var empty = new LogLinearHistogram();
        empty.AddFrom(filled);

        Assert.Equal(3, empty.Buckets);
        Assert.Equal(5, empty.ValueAt(2));
        Assert.Equal(70_000, empty.ValueAt(3));
        Assert.Equal(90_000, empty.ValueAt(4));
    }

    /// <summary>
    /// Mostly delays from a few thousand buckets (so batches share buckets and merges combine counts), some hours
    /// long, some negative, a few at the extremes.
    /// </summary>
    private static long Draw(ref SimRandom random) => (random.NextUInt64() % 10) switch
    {
        0 => -(long)(random.NextUInt64() % 5_000_000),
        1 => (long)(random.NextUInt64() % 50),
        2 => random.NextUInt64() % 2 == 0 ? long.MaxValue : long.MinValue,
        3 => (long)(random.NextUInt64() % 40_000_000),
        _ => (long)(random.NextUInt64() % 300_000),
    };
}
