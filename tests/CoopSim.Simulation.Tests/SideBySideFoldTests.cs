using CoopSim.Bench.Generation;
using CoopSim.Simulation.Engine;
using CoopSim.Studies.Output;

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

    /// <summary>
    /// The auto mode measures shared windows only while few replications per worker are left: with many, side by
    /// side loses at most one replication's time, less than the measurement would cost.
    /// </summary>
    [Theory]
    [InlineData(6, true)]
    [InlineData(60, false)]
    public async Task Run_AutoOnTwoWorkers_MeasuresWindowsOnlyForFewReplicationsAndGivesTheOneWorkerJson(int replications, bool measuresWindows)
    {
        var scenario = WorldGenerator.Generate(new GeneratedWorldOptions(Agencies: 60, Countries: 6, Alerts: 3));
        var engine = new InProcessEngine();
        var one = await engine.RunAsync(scenario, new RunOptions(replications, 2, KeepReplications: false));
        var two = await engine.RunAsync(scenario, new RunOptions(replications, 2, 2, KeepReplications: false));

        Assert.Equal(measuresWindows, (two.Schedule ?? "").Contains("with windows shared by 2 workers)"));
        Assert.Equal(!measuresWindows, (two.Schedule ?? "").Contains("windows not measured"));
        Assert.Equal(ResultJsonWriter.ToJson(one.Result), ResultJsonWriter.ToJson(two.Result));
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
