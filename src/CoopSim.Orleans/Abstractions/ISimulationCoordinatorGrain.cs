using CoopSim.Orleans.Wire;

namespace CoopSim.Orleans.Abstractions;

/// <summary>
/// Drives one replication's conservative windows over one replication slot's agency grains (key <c>{runId}/{slot}</c>). The
/// window loop is the kernel's <c>WindowCoordinator</c>; this grain only lets it run next to the agencies
/// instead of in the client.
/// </summary>
[Alias("coopsim.ISimulationCoordinatorGrain")]
public interface ISimulationCoordinatorGrain : IGrainWithStringKey
{
    // One call is a whole replication: minutes on a large world, far beyond the default 30 s timeout.
    [Alias("run-replication"), ResponseTimeout("06:00:00")]
    Task<WireReplicationOutcome> RunReplicationAsync(RunSpec run, int slot, int replication, CancellationToken cancellationToken = default);
}
