using CoopSim.Orleans.Placement;
using CoopSim.Orleans.Abstractions;
using CoopSim.Orleans.Wire;
using CoopSim.Simulation.Distributed;

namespace CoopSim.Orleans.Grains;

/// <summary>Runs the kernel's <see cref="WindowCoordinator"/> next to the agency grains.</summary>
[SlotSpreadPlacement]
public sealed class SimulationCoordinatorGrain : Grain, ISimulationCoordinatorGrain
{
    public async Task<WireReplicationOutcome> RunReplicationAsync(RunSpec run, int slot, int replication, CancellationToken cancellationToken = default)
    {
        var plan = await PlanRegistry.GetAsync(run);
        var cluster = new GrainAgencyCluster(GrainFactory, run, slot, replication);
        var (metrics, _) = await new WindowCoordinator(plan, cluster).RunReplicationAsync(run.Seed, replication, tracing: run.Tracing);
        return run.Tracing
            ? new WireReplicationOutcome { Silo = RuntimeIdentity, Reports = cluster.WireReports.OfType<WireAgencyReport>().ToArray() }
            : new WireReplicationOutcome { Silo = RuntimeIdentity, Metrics = metrics.ToWire() };
    }
}
