using CoopSim.Simulation.Engine;
using CoopSim.Simulation.Generation;
using CoopSim.Simulation.Output;

namespace CoopSim.Simulation.Tests;

public sealed class SideBySideFoldTests
{
    [Theory]
    [InlineData(2)]
    [InlineData(3)]
    public async Task Run_WorkersFoldingTheirOwnReplicationsOnAGeneratedWorld_GiveTheOneWorkerJson(int workers)
    {
        // Many agencies, countries and paths per alert, so pairs, countries and path tries all meet in the merge.
        var scenario = WorldGenerator.Generate(new GeneratedWorldOptions(Agencies: 240, Countries: 12, Alerts: 6));
        var engine = new InProcessEngine();
        var one = await engine.RunAsync(scenario, new RunOptions(40, 9, KeepReplications: false));
        var apart = await engine.RunAsync(scenario, new RunOptions(40, 9, workers, ParallelMode.Replications, KeepReplications: false));

        Assert.Contains("each folding its own", apart.Schedule);
        Assert.Equal(ResultJsonWriter.ToJson(one.Result), ResultJsonWriter.ToJson(apart.Result));
    }

    [Fact]
    public async Task Run_ChosenByMeasuringPastTheExactBudget_GivesTheOneWorkerJson()
    {
        // Chosen by measuring, so the first worker goes on with the warm measuring kernel and the run's own folder;
        // enough replications that each worker's sketches have histograms, which each compacts before the merge.
        var scenario = WorldGenerator.Generate(new GeneratedWorldOptions(Agencies: 30, Countries: 4, Alerts: 2));
        var engine = new InProcessEngine();
        var one = await engine.RunAsync(scenario, new RunOptions(10_000, 5, KeepReplications: false));
        var apart = await engine.RunAsync(scenario, new RunOptions(10_000, 5, 2, KeepReplications: false));

        Assert.Contains("each folding its own", apart.Schedule);
        Assert.Equal(ResultJsonWriter.ToJson(one.Result), ResultJsonWriter.ToJson(apart.Result));
    }
}
