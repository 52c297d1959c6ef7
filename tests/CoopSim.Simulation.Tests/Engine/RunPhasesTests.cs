using CoopSim.Simulation.Engine;

namespace CoopSim.Simulation.Tests.Engine;

/// <summary>The in-process engine says where a run's time went, and the parts are consistent (no speed is asserted).</summary>
public sealed class RunPhasesTests
{
    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task RunAsync_OneWorker_PhasesAreNonNegativeAndFoldingIsPartOfTheReplications(bool keepReplications)
    {
        var run = await new InProcessEngine().RunAsync(DeterminismTests.MixedWorld(), new RunOptions(200, 5, 1, KeepReplications: keepReplications));

        var phases = Assert.IsType<RunPhases>(run.Phases);
        Assert.True(phases.CompileSeconds > 0, $"compile {phases.CompileSeconds}");
        Assert.True(phases.FoldSeconds > 0, $"fold {phases.FoldSeconds}");
        Assert.True(phases.FoldSeconds <= phases.ReplicationsSeconds, $"fold {phases.FoldSeconds} of {phases.ReplicationsSeconds}");
        Assert.True(phases.FinishSeconds >= 0);
        Assert.Equal(phases.ReplicationsSeconds - phases.FoldSeconds, phases.SimulateSeconds, 12);
        Assert.Equal(phases.CompileSeconds + phases.ReplicationsSeconds + phases.FinishSeconds, phases.TotalSeconds, 12);
    }

    [Fact]
    public void SimulateSeconds_FoldSummedOverWorkersExceedsTheWall_IsZeroNotNegative()
    {
        var phases = new RunPhases(0.1, 1.0, 1.6, 0.01);

        Assert.Equal(0, phases.SimulateSeconds);
    }
}
