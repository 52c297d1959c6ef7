using CoopSim.Orleans.Engine;

namespace CoopSim.Orleans.Tests.Engine;

public sealed class BlockSizerTests
{
    [Fact]
    public void Next_BeforeAnyBlockAnswered_GivesTheFirstGuessCappedByAnEvenShare()
    {
        var sizer = new BlockSizer(loops: 4, firstSize: 64, targetSeconds: 0.5, maxSize: 1_000_000, maxBytes: long.MaxValue);

        Assert.Equal(64, sizer.Next(10_000));
        Assert.Equal(25, sizer.Next(100));
    }

    [Fact]
    public void Next_AfterABlockAnswered_AimsAtTheTargetSecondsOfTheSilosRate()
    {
        var sizer = new BlockSizer(loops: 4, firstSize: 64, targetSeconds: 0.5, maxSize: 1_000_000, maxBytes: long.MaxValue);

        sizer.Observe(count: 20_000, seconds: 1.0);

        Assert.Equal(10_000, sizer.Next(10_000_000));
        Assert.Equal(2_000, sizer.Next(8_000));
    }

    [Fact]
    public void Next_VeryCheapOrVeryDearReplications_StaysBetweenOneAndTheMaximum()
    {
        var sizer = new BlockSizer(loops: 2, firstSize: 8, targetSeconds: 0.5, maxSize: 1_000, maxBytes: long.MaxValue);

        sizer.Observe(count: 1_000_000, seconds: 0.1);
        Assert.Equal(1_000, sizer.Next(10_000_000));

        sizer.Observe(count: 1, seconds: 60);
        Assert.Equal(1, sizer.Next(10_000_000));
    }

    [Fact]
    public void Next_WithTheRateAnEarlierRunMeasured_SizesTheFirstBlockByItNotTheGuess()
    {
        var guessing = new BlockSizer(loops: 2, firstSize: 3, targetSeconds: 0.5, maxSize: 1_000_000, maxBytes: long.MaxValue);
        var knowing = new BlockSizer(loops: 2, firstSize: 3, targetSeconds: 0.5, maxSize: 1_000_000, maxBytes: long.MaxValue, known: new BlockCost(40, 0));

        Assert.Equal(3, guessing.Next(50));
        Assert.Equal(20, knowing.Next(50));
        Assert.Equal(20, knowing.Next(50_000));
    }

    [Fact]
    public void Next_ARunOfLessThanAFewTenthsOfASecondAtAKnownRate_IsOneBlockNotAShareForEveryBlockInFlight()
    {
        var sizer = new BlockSizer(loops: 4, firstSize: 3, targetSeconds: 0.5, maxSize: 1_000_000, maxBytes: long.MaxValue, known: new BlockCost(2_000, 0));

        Assert.Equal(50, sizer.Next(50));
        Assert.Equal(200, sizer.Next(500));
        Assert.Equal(250, sizer.Next(1_000));
    }

    [Fact]
    public void Next_WhenTheClientTakesLongToMergeABlock_GrowsBlocksUntilItKeepsUpWithEveryBlockInFlight()
    {
        var sizer = new BlockSizer(loops: 4, firstSize: 3, targetSeconds: 0.5, maxSize: 1_000_000, maxBytes: long.MaxValue);
        sizer.Observe(count: 5, seconds: 0.5);
        Assert.Equal(5, sizer.Next(1_000));

        // Four blocks in flight, each 0.35 s to merge: blocks of 2.8 s keep the client at half a core.
        sizer.ObserveMerge(0.35);
        Assert.Equal(2.8, sizer.BlockSeconds, 9);
        Assert.Equal(28, sizer.Next(1_000));

        sizer.ObserveMerge(0.001);
        Assert.Equal(5, sizer.Next(1_000));
    }

    [Fact]
    public void Next_ALargeWorldsFoldOfMegabytesAReplication_KeepsEachBlocksFoldUnderTheByteLimit()
    {
        // Fast replications would make blocks of 500; each adds 5 MB of fold, and the limit is 48 MB.
        var sizer = new BlockSizer(loops: 4, firstSize: 3, targetSeconds: 0.5, maxSize: 1_000_000, maxBytes: 48L << 20);
        sizer.Observe(count: 2, seconds: 0.002);
        Assert.Equal(500, sizer.Next(100_000));

        sizer.ObserveSize(count: 2, bytes: 10L << 20);
        Assert.Equal(9, sizer.Next(100_000));

        // A longer block's bytes per replication are lower (its pairs are shared): blocks grow to match.
        sizer.ObserveSize(count: 9, bytes: 30L << 20);
        Assert.Equal(14, sizer.Next(100_000));

        // Never under one replication, however large one replication's fold.
        sizer.ObserveSize(count: 1, bytes: 100L << 20);
        Assert.Equal(1, sizer.Next(100_000));
    }

    [Fact]
    public void Next_WithTheCostAnEarlierRunMeasured_KeepsTheFirstBlockUnderTheByteLimitToo()
    {
        var knowing = new BlockSizer(loops: 2, firstSize: 3, targetSeconds: 0.5, maxSize: 1_000_000, maxBytes: 48L << 20,
            known: new BlockCost(Rate: 1_000, BytesPerReplication: 6 << 20));

        Assert.Equal(8, knowing.Next(50_000));
        Assert.Equal(new BlockCost(1_000, 6 << 20), knowing.Cost);
    }

    [Fact]
    public void Remember_ACostForOneScenario_IsWhatTheNextRunOfItStartsFromAndNoOtherScenarios()
    {
        var rates = new BlockRates();

        rates.Remember("a.yaml", new BlockCost(1_234, 5_000));
        rates.Remember("a.yaml", new BlockCost(0, 1));

        Assert.Equal(new BlockCost(1_234, 5_000), rates.Of("a.yaml"));
        Assert.Equal(BlockCost.Unknown, rates.Of("b.yaml"));
    }
}
