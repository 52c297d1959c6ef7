using System.Diagnostics;
using CoopSim.Orleans.Placement;
using CoopSim.Orleans.Abstractions;
using CoopSim.Orleans.Wire;
using CoopSim.Simulation.Distributed;

namespace CoopSim.Orleans.Grains;

/// <summary>Runs the kernel's <see cref="WindowCoordinator"/> next to the agency grains.</summary>
[SlotSpreadPlacement]
internal sealed class SimulationCoordinatorGrain : Grain, ISimulationCoordinatorGrain
{
    /// <summary>Kept across the slot's blocks (one run and slot per key): it knows which agency grains were called.</summary>
    private GrainAgencyCluster? _cluster;
    private AbandonedRunWatch? _watch;

    private AbandonedRunWatch Watch => _watch ??= new AbandonedRunWatch(this, EndRunAsync);

    public async Task<ReplicationOutcome[]> RunReplicationsAsync(RunSpec run, int slot, int first, int count, int lanes,
        CancellationToken cancellationToken = default)
    {
        using var call = await Watch.StartAsync(run.KeepsLease, cancellationToken);
        var plan = await PlanRegistry.GetAsync(run);
        var cluster = _cluster ??= new GrainAgencyCluster(GrainFactory, run, slot);
        var replications = Enumerable.Range(first, count).ToArray();
        var results = await new WindowCoordinator(plan, cluster).RunReplicationsAsync(run.Seed, replications, lanes, run.Tracing, call.Token);
        return results.Select(r => run.Tracing
                ? new ReplicationOutcome { Silo = RuntimeIdentity, Reports = r.Reports.ToArray() }
                : new ReplicationOutcome { Silo = RuntimeIdentity, Metrics = r.Metrics })
            .ToArray();
    }

    public async Task<BlockOutcome> FoldReplicationsAsync(RunSpec run, int slot, int first, int count, int lanes,
        CancellationToken cancellationToken = default)
    {
        using var call = await Watch.StartAsync(run.KeepsLease, cancellationToken);
        var plan = await PlanRegistry.GetAsync(run);
        var cluster = _cluster ??= new GrainAgencyCluster(GrainFactory, run, slot);
        var clock = Stopwatch.StartNew();
        var replications = Enumerable.Range(first, count).ToArray();
        var results = await new WindowCoordinator(plan, cluster).RunReplicationsAsync(run.Seed, replications, lanes, tracing: false, call.Token);
        var folder = plan.CreateFolder(run.Seed);
        var probe = run.Probe ? new RecordingProbe(run.ProbeAlerts, first, count, run.ProbePaths) : null;
        for (var i = 0; i < results.Count; i++)
        {
            folder.Add(results[i].Metrics);
            probe?.Observe(first + i, results[i].Metrics);
        }

        var outcome = new BlockOutcome { Fold = folder.Save(), Silo = RuntimeIdentity, Seconds = clock.Elapsed.TotalSeconds };
        return probe is null ? outcome : probe.AddTo(outcome);
    }

    public Task KeepAsync()
    {
        Watch.Keep();
        return Task.CompletedTask;
    }

    public async Task EndRunAsync()
    {
        if (_cluster is not null) await _cluster.EndAsync();
        _cluster = null;
        DeactivateOnIdle();
    }
}
