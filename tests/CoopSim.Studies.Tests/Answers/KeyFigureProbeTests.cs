using CoopSim.Simulation.Engine;
using CoopSim.Studies.Answers;

namespace CoopSim.Studies.Tests.Answers;

/// <summary>A sweep's key figures taken by the probe while replications are folded are the ones read from kept replications.</summary>
public sealed class KeyFigureProbeTests
{
    [Theory]
    [InlineData("korea-desk-wanted.yaml", 1)]
    [InlineData("korea-desk-wanted.yaml", 2)]
    [InlineData("uz-entry-block.yaml", 2)]
    public async Task Measure_ProbedRun_EqualsTheFiguresOfKeptReplications(string file, int workers)
    {
        var scenario = Scenarios.ScenarioLoader.Load(CoopSim.Tests.Shared.RepoPaths.Scenario(file)).Value!;
        var engine = new InProcessEngine();
        var kept = await engine.RunAsync(scenario, new RunOptions(400, 11, 1));
        var targets = KeyFigures.TargetsOf(kept);

        var probed = await engine.RunAsync(scenario, new RunOptions(400, 11, workers, KeepReplications: false, Probe: new KeyFigureProbe(400)));

        Assert.Empty(probed.Replications);
        Assert.NotEmpty(targets);
        Assert.Equal(KeyFigures.Measure(kept, targets), KeyFigures.Measure(probed, targets));
    }
}
