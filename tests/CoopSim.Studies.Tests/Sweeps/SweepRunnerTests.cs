using CoopSim.Scenarios;
using CoopSim.Scenarios.Sweeps;
using CoopSim.Simulation.Engine;
using CoopSim.Studies.Output;
using CoopSim.Studies.Sweeps;

namespace CoopSim.Studies.Tests.Sweeps;

public sealed class SweepRunnerTests
{
    [Fact]
    public async Task RunAsync_PointsSideBySide_GiveTheBytesOfOneAfterAnother()
    {
        var scenario = ScenarioLoader.Load(RepoPaths.Scenario("korea-desk-wanted.yaml")).Value!;
        Assert.True(SweepGrid.TryParseOption("channels.kr-vn-desk.latency.median=1h..6h/1h", out var axis, out _));
        var progress = new List<int>();

        var inTurn = await SweepRunner.RunAsync(new InProcessEngine(), scenario, [axis!], new RunOptions(400, 7, 1));
        var sideBySide = await SweepRunner.RunAsync(new InProcessEngine(), scenario, [axis!], new RunOptions(400, 7, 1),
            new SynchronousCount(progress), pointsSideBySide: 3);

        Assert.Equal(6, sideBySide.Rows.Count);
        Assert.Equal(SweepJsonWriter.ToJson(inTurn), SweepJsonWriter.ToJson(sideBySide));
        // The points differ (the axis matters), so equal bytes are not rows that all say the same.
        Assert.NotEqual(ResultJsonWriter.ToJson(inTurn.Rows[0].Result), ResultJsonWriter.ToJson(inTurn.Rows[5].Result));
        Assert.Equal(Enumerable.Range(1, 6), progress.Order());
    }

    /// <summary>Collects progress as reported (Progress&lt;T&gt; would post it later, on another thread).</summary>
    private sealed class SynchronousCount(List<int> seen) : IProgress<int>
    {
        public void Report(int value)
        {
            lock (seen) seen.Add(value);
        }
    }
}
