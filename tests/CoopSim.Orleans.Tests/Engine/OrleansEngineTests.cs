using CoopSim.Orleans.Engine;
using CoopSim.Simulation.Engine;
using CoopSim.Studies.Output;

namespace CoopSim.Orleans.Tests.Engine;

[Collection(TwoSiloCollection.Name)]
public sealed class OrleansEngineTests(TwoSiloClusterFixture fixture)
{
    [Theory]
    [MemberData(nameof(AllScenarios))]
    public async Task RunAsync_AgencyGrainsOnTwoSilos_MatchesInProcessJson(string scenarioName)
    {
        var scenario = Scenarios.Load(scenarioName);
        var options = new RunOptions(Replications: 6, Seed: 3);

        var inproc = await new InProcessEngine().RunAsync(scenario, options);
        var orleans = await new OrleansEngine(fixture.Cluster.GrainFactory).RunAsync(scenario, options);

        Assert.Equal(ResultJsonWriter.ToJson(inproc.Result), ResultJsonWriter.ToJson(orleans.Result));
    }

    [Theory]
    [MemberData(nameof(AllScenarios))]
    public async Task RunAsync_ReplicationsAcrossTwoSilos_MatchesInProcessJson(string scenarioName)
    {
        var scenario = Scenarios.Load(scenarioName);
        var options = new RunOptions(Replications: 50, Seed: 3, Workers: 2);
        var engine = new OrleansEngine(fixture.Cluster.GrainFactory, new OrleansEngineOptions { Mode = OrleansEngineMode.Replications, ReplicationSlots = 6 });

        var inproc = await new InProcessEngine().RunAsync(scenario, options);
        var orleans = await engine.RunAsync(scenario, options);

        Assert.Equal(ResultJsonWriter.ToJson(inproc.Result), ResultJsonWriter.ToJson(orleans.Result));
    }

    [Theory]
    [InlineData(OrleansEngineMode.AgencyGrains)]
    [InlineData(OrleansEngineMode.Replications)]
    public async Task RunAsync_Traced_ObserverSeesInProcessHopsInReplicationOrder(OrleansEngineMode mode)
    {
        var scenario = Scenarios.Load("korea-desk-wanted.yaml");
        var options = new RunOptions(Replications: 5, Seed: 11);
        var expected = new CollectingObserver();
        var actual = new CollectingObserver();

        await new InProcessEngine().RunAsync(scenario, options, expected);
        await new OrleansEngine(fixture.Cluster.GrainFactory, new OrleansEngineOptions { Mode = mode }).RunAsync(scenario, options, actual);

        Assert.Equal(expected.Traces.Count, actual.Traces.Count);
        for (var r = 0; r < expected.Traces.Count; r++) Assert.Equal(expected.Traces[r].Hops, actual.Traces[r].Hops);
    }

    [Fact]
    public async Task RunAsync_Progress_ReportsEveryReplicationInOrder()
    {
        var scenario = Scenarios.Load("uz-entry-block.yaml");
        var seen = new List<int>();
        var progress = new SynchronousProgress(seen.Add);

        await new OrleansEngine(fixture.Cluster.GrainFactory, new OrleansEngineOptions { Mode = OrleansEngineMode.Replications })
            .RunAsync(scenario, new RunOptions(Replications: 10, Seed: 1), progress: progress);

        Assert.Equal(Enumerable.Range(1, 10), seen);
    }

    public static TheoryData<string> AllScenarios() => Scenarios.All();
}
