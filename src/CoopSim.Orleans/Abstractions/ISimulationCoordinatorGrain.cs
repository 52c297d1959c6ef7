using Orleans.Concurrency;
using CoopSim.Orleans.Wire;

namespace CoopSim.Orleans.Abstractions;

/// <summary>
/// Drives the conservative windows of a block of consecutive replications, several side by side, over one replication slot's
/// agency grains (key <c>{runId}/{slot}</c>). The window loop is the kernel's <c>WindowCoordinator</c>;
/// this grain only lets it run next to the agencies instead of in the client.
/// </summary>
[Alias("coopsim.ISimulationCoordinatorGrain")]
internal interface ISimulationCoordinatorGrain : IGrainWithStringKey
{
    /// <summary>Replications <paramref name="first"/> .. first + count - 1, at most <paramref name="lanes"/> side by side; outcomes in that order.</summary>
    // One call is whole replications: minutes on a large world, far beyond the default 30 s timeout.
    [Alias("run-replications"), ResponseTimeout("06:00:00")]
    Task<ReplicationOutcome[]> RunReplicationsAsync(RunSpec run, int slot, int first, int count, int lanes, CancellationToken cancellationToken = default);

    /// <summary>
    /// As <see cref="RunReplicationsAsync"/>, folded here into one partial fold (docs/orleans.md, "Blocks"): an
    /// untraced run needs no replication's metrics on the client.
    /// </summary>
    [Alias("fold-replications"), ResponseTimeout("06:00:00")]
    Task<BlockOutcome> FoldReplicationsAsync(RunSpec run, int slot, int first, int count, int lanes, CancellationToken cancellationToken = default);

    /// <summary>
    /// The run is over: the agency grains this coordinator called are ended, then the coordinator itself goes (a
    /// run's keys are never used again, and a silo shared by many runs would otherwise keep every run's grains
    /// until the idle collector came by).
    /// </summary>
    [Alias("end-run")]
    Task EndRunAsync();

    /// <summary>
    /// The run's client still lives: it keeps its lease on this slot once a second while the run lasts (see
    /// <c>AbandonedRunWatch</c>). Interleaved, so it reaches the slot while a block runs; one-way, so it costs the client no wait.
    /// </summary>
    [Alias("keep-run"), AlwaysInterleave, OneWay]
    Task KeepAsync();
}
