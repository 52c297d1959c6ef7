using CoopSim.Orleans.Engine;

namespace CoopSim.Orleans.Tests.Engine;

public sealed class BlockSizerTests
{
    [Fact]
    public void Next_BeforeAnyBlockAnswered_GivesTheFirstGuessCappedByAnEvenShare()
    {
        var sizer = new BlockSizer(loops: 4, firstSize: 64, targetSeconds: 0.5, maxSize: 1_000_000);

        Assert.Equal(64, sizer.Next(10_000));
        Assert.Equal(25, sizer.Next(100));
    }

    [Fact]
    public void Next_AfterABlockAnswered_AimsAtTheTargetSecondsOfTheSilosRate()
    {
        var sizer = new BlockSizer(loops: 4, firstSize: 64, targetSeconds: 0.5, maxSize: 1_000_000);

        sizer.Observe(count: 20_000, seconds: 1.0);

        Assert.Equal(10_000, sizer.Next(10_000_000));
        Assert.Equal(2_000, sizer.Next(8_000));
    }

    [Fact]
    public void Next_VeryCheapOrVeryDearReplications_StaysBetweenOneAndTheMaximum()
    {
        var sizer = new BlockSizer(loops: 2, firstSize: 8, targetSeconds: 0.5, maxSize: 1_000);

        sizer.Observe(count: 1_000_000, seconds: 0.1);
        Assert.Equal(1_000, sizer.Next(10_000_000));

        sizer.Observe(count: 1, seconds: 60);
        Assert.Equal(1, sizer.Next(10_000_000));
    }

    [Fact]
    public void Next_WithTheRateAnEarlierRunMeasured_SizesTheFirstBlockByItNotTheGuess()
    {
        var guessing = new BlockSizer(loops: 2, firstSize: 3, targetSeconds: 0.5, maxSize: 1_000_000);
        var knowing = new BlockSizer(loops: 2, firstSize: 3, targetSeconds: 0.5, maxSize: 1_000_000, knownRate: 40);

        Assert.Equal(3, guessing.Next(50));
        Assert.Equal(20, knowing.Next(50));
        Assert.Equal(20, knowing.Next(50_000));
    }

    [Fact]
    public void Next_WhenTheClientTakesLongToMergeABlock_GrowsBlocksUntilItKeepsUpWithEveryBlockInFlight()
    {
        var sizer = new BlockSizer(loops: 4, firstSize: 3, targetSeconds: 0.5, maxSize: 1_000_000);
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
    public void Remember_ARateForOneScenario_IsWhatTheNextRunOfItStartsFromAndNoOtherScenarios()
    {
        var rates = new BlockRates();

        rates.Remember("a.yaml", 1_234);
        rates.Remember("a.yaml", 0);

        Assert.Equal(1_234, rates.Of("a.yaml"));
        Assert.Equal(0, rates.Of("b.yaml"));
    }
}
