using CoopSim.Orleans.Engine;
using CoopSim.Simulation.Engine;
using CoopSim.Studies.Output;
using Orleans.TestingHost;

namespace CoopSim.Orleans.Tests;

/// <summary>
/// The decision (docs/orleans.md): a run survives a stopped silo by re-running the replications it
/// touched, which gives identical bytes because a replication is a function of (seed, index) alone.
/// Each test owns its cluster, because it stops one of the silos.
/// </summary>
public sealed class SiloFailureTests
{
    [Theory]
    [InlineData(OrleansEngineMode.AgencyGrains)]
    [InlineData(OrleansEngineMode.Replications)]
    public async Task RunAsync_SiloStoppedMidRun_FinishesWithInProcessJson(OrleansEngineMode mode)
    {
        var cluster = new TestClusterBuilder(3).AddSiloBuilderConfigurator<CoopSimSiloConfigurator>().Build();
        await cluster.DeployAsync();
        try
        {
            var scenario = Scenarios.Load("korea-desk-outage-manhunt.yaml");
            var options = new RunOptions(Replications: 40, Seed: 3);
            var expected = await new InProcessEngine().RunAsync(scenario, options);
            Task? stopping = null;
            var progress = new SynchronousProgress(done =>
            {
                // Stop a non-primary silo while replications are still due, without blocking the run.
                if (done == 10) stopping = Task.Run(() => cluster.StopSiloAsync(cluster.SecondarySilos[0]));
            });

            var engine = new OrleansEngine(cluster.Client, new OrleansEngineOptions { Mode = mode, ReplicationSlots = 6, AgencyGrainSlots = 6 });
            var actual = await engine.RunAsync(scenario, options, progress: progress);
            if (stopping is not null) await stopping;

            Assert.NotNull(stopping);
            Assert.Equal(2, cluster.GetActiveSilos().Count());
            Assert.Equal(ResultJsonWriter.ToJson(expected.Result), ResultJsonWriter.ToJson(actual.Result));
        }
        finally
        {
            await cluster.DisposeAsync();
        }
    }
}
