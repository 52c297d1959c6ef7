using System.Diagnostics;
using CoopSim.Orleans.Placement;
using CoopSim.Orleans.Abstractions;
using CoopSim.Orleans.Wire;
using CoopSim.Simulation.Distributed;
using Orleans.Placement;

namespace CoopSim.Orleans.Grains;

/// <summary>
/// A whole replication in one activation, with the kernel's in-memory agencies. The agencies are built
/// once per activation and reset per replication, which is what makes a slot cheap to reuse.
/// </summary>
[SlotSpreadPlacement]
internal sealed class ReplicationWorkerGrain : Grain, IReplicationWorkerGrain
{
    private string? _runId;
    private SimulationPlan? _plan;
    private LocalAgencyCluster? _cluster;
    private AbandonedRunWatch? _watch;

    private AbandonedRunWatch Watch => _watch ??= new AbandonedRunWatch(this, EndRunAsync);

    public async Task<ReplicationOutcome> RunReplicationAsync(RunSpec run, int replication, CancellationToken cancellationToken = default)
    {
        using var call = await Watch.StartAsync(run.KeepsLease, cancellationToken);
        if (_cluster is null || _runId != run.RunId)
        {
            _plan = await PlanRegistry.GetAsync(run);
            _cluster = new LocalAgencyCluster(_plan);
            _runId = run.RunId;
        }

        var result = (await new WindowCoordinator(_plan!, _cluster).RunReplicationsAsync(run.Seed, [replication], 1, run.Tracing, call.Token))[0];
        return run.Tracing
            ? new ReplicationOutcome { Silo = RuntimeIdentity, Reports = result.Reports.ToArray() }
            : new ReplicationOutcome { Silo = RuntimeIdentity, Metrics = result.Metrics };
    }

    public async Task<BlockOutcome> FoldBlockAsync(RunSpec run, int first, int count, CancellationToken cancellationToken = default)
    {
        using var call = await Watch.StartAsync(run.KeepsLease, cancellationToken);
        var plan = await PlanRegistry.GetAsync(run);
        var probe = run.Probe ? new RecordingProbe(run.ProbeAlerts, first, count, run.ProbePaths) : null;
        var clock = Stopwatch.StartNew();
        // Off the grain's scheduler: the block takes every core of the silo (the calling thread is its first worker).
        var folder = await Task.Run(() => plan.FoldBlock(run.Seed, first, count, Environment.ProcessorCount, probe, call.Token), call.Token);
        var outcome = new BlockOutcome { Fold = folder.Save(), Silo = RuntimeIdentity, Seconds = clock.Elapsed.TotalSeconds };
        return probe is null ? outcome : probe.AddTo(outcome);
    }

    public Task KeepAsync()
    {
        Watch.Keep();
        return Task.CompletedTask;
    }

    public Task EndRunAsync()
    {
        DeactivateOnIdle();
        return Task.CompletedTask;
    }
}
