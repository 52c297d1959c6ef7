using CoopSim.Simulation.Distributed;
using CoopSim.Simulation.Output;

namespace CoopSim.Simulation.Tests;

public sealed class WindowCoordinatorTests
{
    [Fact]
    public async Task RunReplicationAsync_AgenciesHostedOneByOne_MatchesInProcessEngineByteForByte()
    {
        var scenario = DeterminismTests.MixedWorld();
        var plan = SimulationPlan.Compile(scenario);
        var coordinator = new WindowCoordinator(plan, new LocalAgencyCluster(plan));
        var metrics = new List<Results.ReplicationMetrics>();
        var traces = new List<Tracing.ReplicationTrace>();
        for (var r = 0; r < 12; r++)
        {
            var (m, t) = await coordinator.RunReplicationAsync(5, r, tracing: true);
            metrics.Add(m);
            traces.Add(t!);
        }

        var observer = new DeterminismTests.CollectingObserver();
        var inproc = RunHelpers.Run(scenario, 12, seed: 5, observer: observer);

        Assert.Equal(ResultJsonWriter.ToJson(inproc.Result), ResultJsonWriter.ToJson(plan.Summarize(5, metrics).Result));
        for (var r = 0; r < 12; r++) Assert.Equal(observer.Traces[r].Hops, traces[r].Hops);
    }
}
