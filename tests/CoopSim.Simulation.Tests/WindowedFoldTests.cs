using CoopSim.Bench.Generation;
using CoopSim.Model;
using CoopSim.Model.Scenario;
using CoopSim.Model.World;
using CoopSim.Simulation.Compiled;
using CoopSim.Simulation.Engine;
using CoopSim.Simulation.Fold;
using CoopSim.Simulation.Kernel;
using CoopSim.Simulation.Results;
using CoopSim.Studies.Output;

namespace CoopSim.Simulation.Tests;

/// <summary>A large replication's alerts folded side by side, one lane per worker, give the bytes of folding them in order.</summary>
public sealed class WindowedFoldTests
{
    [Fact]
    public async Task Run_WindowsSharedOnALargeWorld_GiveTheOneWorkerJson()
    {
        // Enough records per replication that the regrouper hands alerts to both lanes.
        var scenario = WorldGenerator.Generate(new GeneratedWorldOptions(Agencies: 3000, Countries: 20, Alerts: 40));
        var engine = new InProcessEngine();
        var one = await engine.RunAsync(scenario, new RunOptions(2, 3, KeepReplications: false));
        var shared = await engine.RunAsync(scenario, new RunOptions(2, 3, 2, ParallelMode.Windows, KeepReplications: false));

        Assert.True(one.Result.Events / one.Result.Replications > AlertRegrouper.DefaultParallelRecords, $"{one.Result.Events} events");
        Assert.Contains("windows shared", shared.Schedule);
        Assert.Equal(ResultJsonWriter.ToJson(one.Result), ResultJsonWriter.ToJson(shared.Result));
    }

    /// <summary>
    /// Three workers over partitions homed by index modulo three: some windows hand partitions between workers,
    /// and every partition must still run exactly once per window.
    /// </summary>
    [Fact]
    public async Task Run_WindowsSharedByThreeWorkers_SameEventsAndJsonAsOneWorker()
    {
        var scenario = WorldGenerator.Generate(new GeneratedWorldOptions(Agencies: 600, Countries: 24, Alerts: 12));
        var engine = new InProcessEngine();
        var one = await engine.RunAsync(scenario, new RunOptions(3, 5, KeepReplications: false));
        var three = await engine.RunAsync(scenario, new RunOptions(3, 5, 3, ParallelMode.Windows, KeepReplications: false));

        Assert.Contains("windows shared by 3 workers", three.Schedule);
        Assert.Equal(one.Result.Events, three.Result.Events);
        Assert.Equal(ResultJsonWriter.ToJson(one.Result), ResultJsonWriter.ToJson(three.Result));
    }

    [Fact]
    public async Task Run_OneReplicationOnTwoWorkers_SharedThroughItsWindowsWithTheOneWorkerJson()
    {
        // Measuring would run the only replication on one worker; its windows are the only way to share it.
        var scenario = DeterminismTests.MixedWorld();
        var engine = new InProcessEngine();
        var one = await engine.RunAsync(scenario, new RunOptions(1, 4, KeepReplications: false));
        var two = await engine.RunAsync(scenario, new RunOptions(1, 4, 2, KeepReplications: false));

        Assert.Contains("windows shared by 2 workers", two.Schedule);
        Assert.Equal(ResultJsonWriter.ToJson(one.Result), ResultJsonWriter.ToJson(two.Result));
    }

    /// <summary>
    /// Six alerts about one subject, folded in lanes from the first record on: each subject stop's earliest block is
    /// the minimum over alerts that different lanes folded, and must come out as folding them in order gives.
    /// </summary>
    [Fact]
    public void RunInto_SubjectAlertsFoldedInTwoLanes_SameSummaryAsOneLane()
    {
        var world = new TestWorld().Country("AA").Country("BB").Country("CC")
            .Agency("a0", "AA").Agency("b1", "BB", capabilities: Capability.Relay | Capability.BlockEntry)
            .Agency("c1", "CC", capabilities: Capability.Relay | Capability.BlockEntry)
            .Channel("ab", "a0", "b1", TestWorld.Exp(60, 2), loss: 0.3).Channel("ac", "a0", "c1", TestWorld.Exp(60, 5), loss: 0.3)
            .Channel("bc", "b1", "c1", TestWorld.Exp(60, 1), twoWay: true)
            .Subject("s", new ItineraryStop("BB", Duration.FromHours(3)), new ItineraryStop("CC", Duration.FromHours(8)));
        for (var i = 0; i < 6; i++) world.Alert($"w{i}", "a0", at: Duration.FromMinutes(20 * i), subject: "s");
        var compiled = CompiledWorld.Compile(world.Build());

        var inOrder = Fold(compiled, new ReplicationKernel(compiled, PartitionPlan.Create(compiled, 1)));
        var lanes = new ReplicationKernel(compiled, PartitionPlan.Create(compiled, 2), parallelFoldRecords: 1);
        var sideBySide = Fold(compiled, lanes);

        Assert.Equal(inOrder, sideBySide);
    }

    private static string Fold(CompiledWorld world, ReplicationKernel kernel)
    {
        var folder = new ResultFolder(world, 5);
        for (var r = 0; r < 200; r++) kernel.RunInto(folder, 5, r, tracing: false, CancellationToken.None);
        return ResultJsonWriter.ToJson(folder.Finish());
    }
}
