using CoopSim.Simulation.Distributed;
using CoopSim.Studies.Output;

namespace CoopSim.Simulation.Tests.Distributed;

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

    [Fact]
    public async Task RunReplicationsAsync_UntracedInFourLanes_MatchesInProcessEngineByteForByte()
    {
        // Only the agencies that stepped report, and each lane reuses its schedule and inboxes for the
        // replications it runs one after another.
        var scenario = Scenarios.ScenarioLoader.Load(CoopSim.Tests.Shared.RepoPaths.Scenario("korea-desk-wanted.yaml")).Value!;
        var plan = SimulationPlan.Compile(scenario);
        var runs = await new WindowCoordinator(plan, new LocalAgencyCluster(plan)).RunReplicationsAsync(5, Enumerable.Range(0, 20).ToArray(), 4, tracing: false);

        var inproc = RunHelpers.Run(scenario, 20, seed: 5);

        Assert.Equal(ResultJsonWriter.ToJson(inproc.Result), ResultJsonWriter.ToJson(plan.Summarize(5, runs.Select(r => r.Metrics).ToArray()).Result));
        Assert.All(runs, r => Assert.True(r.Reports.Count < plan.AgencyCount));
    }

    [Fact]
    public async Task RunReplicationsAsync_TracedInFourLanesOnTheStarter_MatchesInProcessResultAndHops()
    {
        // Traced too, only the agencies that stepped report (on the starter, fewer than the world's).
        var scenario = Scenarios.ScenarioLoader.Load(CoopSim.Tests.Shared.RepoPaths.Scenario("korea-desk-wanted.yaml")).Value!;
        var plan = SimulationPlan.Compile(scenario);
        var runs = await new WindowCoordinator(plan, new LocalAgencyCluster(plan)).RunReplicationsAsync(5, Enumerable.Range(0, 12).ToArray(), 4, tracing: true);

        var observer = new DeterminismTests.CollectingObserver();
        var inproc = RunHelpers.Run(scenario, 12, seed: 5, observer: observer);

        Assert.Equal(ResultJsonWriter.ToJson(inproc.Result), ResultJsonWriter.ToJson(plan.Summarize(5, runs.Select(r => r.Metrics).ToArray()).Result));
        for (var r = 0; r < 12; r++) Assert.Equal(observer.Traces[r].Hops, runs[r].Trace!.Hops);
        Assert.All(runs, r => Assert.True(r.Reports.Count < plan.AgencyCount));
    }

    [Fact]
    public async Task RunReplicationAsync_StarterWorld_StepsOnlyAgenciesWithSomethingDueOncePerWindow()
    {
        var loaded = Scenarios.ScenarioLoader.Load(CoopSim.Tests.Shared.RepoPaths.Scenario("korea-desk-wanted.yaml"));
        var plan = SimulationPlan.Compile(loaded.Value!);
        var cluster = new StepRecordingCluster(new LocalAgencyCluster(plan));
        var (metrics, _) = await new WindowCoordinator(plan, cluster).RunReplicationAsync(7, 0, tracing: false);

        var stepped = cluster.Steps.Select(s => s.Agency).Distinct().ToArray();
        Assert.InRange(stepped.Length, 2, plan.AgencyCount / 2);
        Assert.Equal(cluster.Steps.Count, cluster.Steps.Select(s => (s.WindowEnd, s.Agency)).Distinct().Count());
        Assert.All(stepped, a => Assert.Single(cluster.Steps, s => s.Agency == a && s.First));
        Assert.Equal(cluster.Steps.Count(s => s.First), stepped.Length);
        Assert.Equal(RunHelpers.Run(loaded.Value!, 1, seed: 7).Replications[0].Events, metrics.Events);
    }

    [Fact]
    public async Task RunReplicationsAsync_TwentyOnInFourLanes_SameResultsAsOneAtATimeWithFewerCalls()
    {
        var scenario = DeterminismTests.MixedWorld();
        var plan = SimulationPlan.Compile(scenario);
        var alone = new StepRecordingCluster(new LocalAgencyCluster(plan));
        var single = new List<Results.ReplicationMetrics>();
        var singleTraces = new List<Tracing.ReplicationTrace>();
        for (var r = 0; r < 20; r++)
        {
            var (m, t) = await new WindowCoordinator(plan, alone).RunReplicationAsync(5, r, tracing: true);
            single.Add(m);
            singleTraces.Add(t!);
        }

        var lanes = new StepRecordingCluster(new LocalAgencyCluster(plan));
        var side = await new WindowCoordinator(plan, lanes).RunReplicationsAsync(5, Enumerable.Range(0, 20).ToArray(), lanes: 4, tracing: true);

        Assert.Equal(ResultJsonWriter.ToJson(plan.Summarize(5, single).Result), ResultJsonWriter.ToJson(plan.Summarize(5, side.Select(s => s.Metrics).ToArray()).Result));
        for (var r = 0; r < 20; r++) Assert.Equal(singleTraces[r].Hops, side[r].Trace!.Hops);
        // The same windows for each replication, and the same reports, in fewer round trips.
        Assert.Equal(alone.Steps.Count, lanes.Steps.Count);
        Assert.Equal(alone.Reports.Count, lanes.Reports.Count);
        Assert.True(lanes.Calls < alone.Calls, $"{lanes.Calls} calls side by side, {alone.Calls} one at a time");
    }
}
