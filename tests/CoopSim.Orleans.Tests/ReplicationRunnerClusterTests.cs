using CoopSim.Orleans.Abstractions;
using CoopSim.Orleans.Engine;
using CoopSim.Orleans.Grains;
using CoopSim.Orleans.Wire;
using CoopSim.Simulation.Distributed;
using CoopSim.Simulation.Engine;

namespace CoopSim.Orleans.Tests;

/// <summary>
/// What a run keeps while it runs must not grow with its replications: a run of a million once held a
/// quarter of its outcomes at once (5 GB) because its blocks grew with the run.
/// </summary>
[Collection(TwoSiloCollection.Name)]
public sealed class ReplicationRunnerClusterTests(TwoSiloClusterFixture fixture)
{
    [Fact]
    public async Task RunInOrderAsync_ManyBlocks_HoldsAtMostSlotsTimesBlockOutcomes()
    {
        var options = new OrleansEngineOptions { AgencyGrainSlots = 2, MaxReplicationsPerBlock = 25 };
        var run = Register("uz-entry-block.yaml");
        var seen = new List<int>();
        try
        {
            var runner = new ReplicationRunner(fixture.Cluster.GrainFactory, run, options);
            await foreach (var (replication, _) in runner.RunInOrderAsync(1000, CancellationToken.None)) seen.Add(replication);

            // Two blocks in flight and the one being handed on. Uncapped, blocks of 1000 / (4 × 2) = 125:
            // 375 outcomes held at once, a quarter of any run and more.
            Assert.InRange(runner.MostHeld, 1, (2 + 1) * 25);
        }
        finally
        {
            PlanRegistry.Forget(run.RunId);
        }

        Assert.Equal(Enumerable.Range(0, 1000), seen);
    }

    [Theory]
    [InlineData(40)]
    [InlineData(800)]
    public async Task RunInOrderAsync_AgencyGrains_ActivatesPerSlotNotPerReplication(int replications)
    {
        const int slots = 2;
        var run = Register("korea-desk-wanted.yaml");
        var before = await CoopSimActivationsAsync();
        var runner = new ReplicationRunner(fixture.Cluster.GrainFactory, run, new OrleansEngineOptions { AgencyGrainSlots = slots, MaxReplicationsPerBlock = 10 });
        try
        {
            await foreach (var _ in runner.RunInOrderAsync(replications, CancellationToken.None))
            {
            }

            // A slot's coordinator and agency grains serve all its blocks; a grain per replication or per
            // block would pile up over a long run until the idle collector came by.
            Assert.InRange(await CoopSimActivationsAsync() - before, 1, slots * (run.AgencyCount + 1));
            Assert.Equal(slots, runner.SlotsUsed);
        }
        finally
        {
            await runner.EndRunAsync(TimeSpan.FromSeconds(10));
            PlanRegistry.Forget(run.RunId);
        }
    }

    [Theory]
    [InlineData(OrleansEngineMode.AgencyGrains)]
    [InlineData(OrleansEngineMode.Replications)]
    public async Task RunAsync_RunOver_EndsEveryGrainItActivated(OrleansEngineMode mode)
    {
        var before = await CoopSimActivationsAsync();
        var engine = new OrleansEngine(fixture.Cluster.GrainFactory, new OrleansEngineOptions { Mode = mode, AgencyGrainSlots = 2, ReplicationSlots = 2 });

        var result = await engine.RunAsync(Scenarios.Load("korea-desk-wanted.yaml"), new RunOptions(Replications: 40, Seed: 3));

        // A silo serving many runs (the workshop, sweep, a cluster) kept every run's grains for the idle
        // collector's minutes; the run now ends them. Deactivation follows the end call, so allow it a moment.
        Assert.Equal(40, result.Result.Replications);
        var after = await CoopSimActivationsAsync();
        for (var wait = 0; after > before && wait < 100; wait++)
        {
            await Task.Delay(100);
            after = await CoopSimActivationsAsync();
        }

        Assert.Equal(before, after);
    }

    private static RunSpec Register(string scenarioName)
    {
        var plan = SimulationPlan.Compile(Scenarios.Load(scenarioName));
        var run = new RunSpec { RunId = Guid.NewGuid().ToString("N"), ScenarioHash = "", Seed = 3, Tracing = false, AgencyCount = plan.AgencyCount };
        PlanRegistry.Register(run.RunId, plan);
        return run;
    }

    private async Task<int> CoopSimActivationsAsync()
    {
        var statistics = await fixture.Cluster.GrainFactory.GetGrain<IManagementGrain>(0).GetSimpleGrainStatistics();
        return statistics.Where(s => s.GrainType.Contains("CoopSim", StringComparison.Ordinal)).Sum(s => s.ActivationCount);
    }
}
