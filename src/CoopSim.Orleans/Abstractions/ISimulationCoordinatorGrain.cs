using CoopSim.Orleans.Wire;

namespace CoopSim.Orleans.Abstractions;

/// <summary>
/// Drives one replication's conservative windows over the run's agency grains (key: the run id). The
/// window loop is the kernel's <c>WindowCoordinator</c>; this grain only lets it run next to the agencies
/// instead of in the client.
/// </summary>
[Alias("coopsim.ISimulationCoordinatorGrain")]
public interface ISimulationCoordinatorGrain : IGrainWithStringKey
{
    [Alias("run-replication")]
    Task<WireReplicationOutcome> RunReplicationAsync(RunSpec run, int replication);
}
