using System.Diagnostics;
using CoopSim.Orleans.Abstractions;
using CoopSim.Orleans.Engine;
using CoopSim.Orleans.Grains;
using CoopSim.Orleans.Wire;
using CoopSim.Simulation.Distributed;
using Xunit.Abstractions;

namespace CoopSim.Orleans.Tests.Grains;

/// <summary>
/// A client in another process keeps a lease on its run's slots; when it stops (killed), the block a slot runs is
/// stopped and the slot ends, instead of running every block it was sent to its end.
/// </summary>
[Collection(TwoSiloCollection.Name)]
public sealed class AbandonedRunWatchTests(TwoSiloClusterFixture fixture, ITestOutputHelper output)
{
    /// <summary>Far beyond the lease's limit on any machine, so a test fails rather than hangs.</summary>
    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(3);

    [Fact]
    public async Task FoldBlockAsync_LeasedRunWhoseClientNeverKeeps_StopsTheBlockAndEndsTheSlot()
    {
        var run = Register(keepsLease: true);
        var worker = fixture.Cluster.GrainFactory.GetGrain<IReplicationWorkerGrain>(GrainKeys.ReplicationSlot(run.RunId, 0));
        var clock = Stopwatch.StartNew();
        try
        {
            // Hours of replications: only the lapse can end this call.
            await Assert.ThrowsAnyAsync<OperationCanceledException>(() => worker.FoldBlockAsync(run, 0, 500_000_000).WaitAsync(Patience));
            output.WriteLine($"stopped {clock.Elapsed.TotalSeconds:0.0} s after the block started (limit {AbandonedRunWatch.IdleLimit.TotalSeconds:0} s)");
            Assert.True(clock.Elapsed >= AbandonedRunWatch.IdleLimit, $"stopped after {clock.Elapsed.TotalSeconds:0.0} s, before the lease could lapse");
            Assert.True(await EventuallyNoActivationAsync(run.RunId), "the slot was still active after its lease lapsed");
        }
        finally
        {
            PlanRegistry.Forget(run.RunId);
        }
    }

    [Fact]
    public async Task FoldBlockAsync_LeasedRunWhoseClientKeeps_RunsPastTheIdleLimit()
    {
        var run = Register(keepsLease: true);
        var worker = fixture.Cluster.GrainFactory.GetGrain<IReplicationWorkerGrain>(GrainKeys.ReplicationSlot(run.RunId, 0));
        using var stop = new CancellationTokenSource();
        try
        {
            Task<BlockOutcome> block;
            var clock = Stopwatch.StartNew();
            using (new LeaseKeeper(() => worker.KeepAsync(), AbandonedRunWatch.KeepPeriod))
            {
                // Hours of replications, the lease kept for twice its limit: the block must still be running then.
                block = worker.FoldBlockAsync(run, 0, 500_000_000, stop.Token);
                var first = await Task.WhenAny(block, Task.Delay(2 * AbandonedRunWatch.IdleLimit));
                Assert.True(first != block, $"the block ended after {clock.Elapsed.TotalSeconds:0.0} s though its lease was kept: {block.Exception?.InnerException?.Message}");
                output.WriteLine($"still running {clock.Elapsed.TotalSeconds:0.0} s after it started, the lease kept");
                stop.Cancel();
            }

            await Assert.ThrowsAnyAsync<OperationCanceledException>(() => block.WaitAsync(Patience));
        }
        finally
        {
            await worker.EndRunAsync().WaitAsync(Patience);
            PlanRegistry.Forget(run.RunId);
        }
    }

    private static RunSpec Register(bool keepsLease)
    {
        var plan = SimulationPlan.Compile(Scenarios.Load("korea-desk-wanted.yaml"));
        var run = new RunSpec
        {
            RunId = Guid.NewGuid().ToString("N"), ScenarioHash = "", Seed = 3, Tracing = false, AgencyCount = plan.AgencyCount, KeepsLease = keepsLease,
        };
        PlanRegistry.Register(run.RunId, plan);
        return run;
    }

    private async Task<bool> EventuallyNoActivationAsync(string runId)
    {
        var management = fixture.Cluster.GrainFactory.GetGrain<IManagementGrain>(0);
        var waited = Stopwatch.StartNew();
        while (waited.Elapsed < Patience)
        {
            var grains = await management.GetDetailedGrainStatistics();
            if (!grains.Any(g => g.GrainId.ToString().Contains(runId, StringComparison.Ordinal))) return true;
            await Task.Delay(200);
        }

        return false;
    }
}
