using CoopSim.Bench.Generation;
using CoopSim.Simulation.Distributed;
using CoopSim.Simulation.Engine;
using CoopSim.Studies.Output;

namespace CoopSim.Simulation.Tests;

/// <summary>
/// A silo folds its block where it ran and sends the saved fold; the client merges the blocks' folds. Held here to the
/// one-worker in-process JSON, whatever the cut into blocks and the workers per block.
/// </summary>
public sealed class ResultFolderSaveTests
{
    [Theory]
    [InlineData(new[] { 40 }, 1)]
    [InlineData(new[] { 1, 6, 13, 20 }, 2)]
    [InlineData(new[] { 20, 1, 19 }, 3)]
    public async Task MergeSaved_BlocksOfAGeneratedWorld_GiveTheOneWorkerJson(int[] blocks, int workers)
    {
        // Many agencies, countries and paths per alert, so pairs, countries and path tries all cross in saved folds.
        var scenario = WorldGenerator.Generate(new GeneratedWorldOptions(Agencies: 240, Countries: 12, Alerts: 6));
        var one = await new InProcessEngine().RunAsync(scenario, new RunOptions(blocks.Sum(), 9, KeepReplications: false));

        var json = ResultJsonWriter.ToJson(FoldInBlocks(SimulationPlan.Compile(scenario), 9, blocks, workers).Result);

        Assert.Equal(ResultJsonWriter.ToJson(one.Result), json);
    }

    [Fact]
    public async Task MergeSaved_BlocksPastTheExactBudget_GiveTheOneWorkerJson()
    {
        // Enough replications that every sketch has a histogram, in the saved folds and in the client's.
        var scenario = WorldGenerator.Generate(new GeneratedWorldOptions(Agencies: 30, Countries: 4, Alerts: 2));
        var one = await new InProcessEngine().RunAsync(scenario, new RunOptions(10_000, 5, KeepReplications: false));

        var json = ResultJsonWriter.ToJson(FoldInBlocks(SimulationPlan.Compile(scenario), 5, [3_000, 6_500, 500], 2).Result);

        Assert.Equal(ResultJsonWriter.ToJson(one.Result), json);
    }

    [Fact]
    public async Task MergeSaved_BlocksWithADesk_GiveTheOneWorkerJson()
    {
        // An agency with a capacity: its desk figures (wait sketch, arrivals by hour) cross in the saved folds too.
        var scenario = new TestWorld().Country("AA").Agency("a", "AA").Agency("b", "AA", handling: TestWorld.Exp(0, 1), capacity: 1)
            .Agency("c", "AA", capacity: 2)
            .Channel("ab", "a", "b", TestWorld.Exp(60, 2)).Channel("bc", "b", "c", TestWorld.Exp(60, 1))
            .Alert("A", "a").Alert("B", "a").Alert("C", "a", at: Model.Duration.FromHours(1)).Build();
        var one = await new InProcessEngine().RunAsync(scenario, new RunOptions(40, 9, KeepReplications: false));

        var json = ResultJsonWriter.ToJson(FoldInBlocks(SimulationPlan.Compile(scenario), 9, [7, 13, 20], 2).Result);

        Assert.Contains("\"desks\"", json, StringComparison.Ordinal);
        Assert.Equal(ResultJsonWriter.ToJson(one.Result), json);
    }

    [Fact]
    public void MergeSaved_AFoldOfAnotherWorld_Refuses()
    {
        var small = SimulationPlan.Compile(WorldGenerator.Generate(new GeneratedWorldOptions(Agencies: 30, Countries: 4, Alerts: 2)));
        var large = SimulationPlan.Compile(WorldGenerator.Generate(new GeneratedWorldOptions(Agencies: 60, Countries: 6, Alerts: 3)));
        var saved = large.FoldBlock(1, 0, 5, 1, null, CancellationToken.None).Save();

        Assert.ThrowsAny<Exception>(() => small.CreateFolder(1).MergeSaved(saved));
    }

    private static SimulationRun FoldInBlocks(SimulationPlan plan, ulong seed, int[] blocks, int workers)
    {
        var folder = plan.CreateFolder(seed);
        var first = 0;
        foreach (var count in blocks)
        {
            folder.MergeSaved(plan.FoldBlock(seed, first, count, workers, null, CancellationToken.None).Save());
            first += count;
        }

        return plan.Summarize(folder, []);
    }
}
