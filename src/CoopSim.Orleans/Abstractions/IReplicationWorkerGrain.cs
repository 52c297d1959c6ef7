using Orleans.Concurrency;
using CoopSim.Orleans.Wire;

namespace CoopSim.Orleans.Abstractions;

/// <summary>
/// Runs whole replications with every agency in one activation (key <c>{runId}/slot{n}</c>). Activations
/// are placed at random, so a run's slots spread over the silos; calls to one slot run one at a time.
/// </summary>
[Alias("coopsim.IReplicationWorkerGrain")]
internal interface IReplicationWorkerGrain : IGrainWithStringKey
{
    // One call is a whole replication: minutes on a large world, far beyond the default 30 s timeout.
    [Alias("run-replication"), ResponseTimeout("06:00:00")]
    Task<ReplicationOutcome> RunReplicationAsync(RunSpec run, int replication, CancellationToken cancellationToken = default);

    /// <summary>
    /// A block: replications <paramref name="first"/> .. first + count - 1 on all of this silo's cores, folded here into
    /// one partial fold (docs/orleans.md, "Blocks"). Calls to one worker run one at a time, so a second block sent
    /// while the first runs waits on the silo, ready to start.
    /// </summary>
    [Alias("fold-block"), ResponseTimeout("06:00:00")]
    Task<BlockOutcome> FoldBlockAsync(RunSpec run, int first, int count, CancellationToken cancellationToken = default);

    /// <summary>The run is over: the activation, and the world it built, go once this call returns.</summary>
    [Alias("end-run")]
    Task EndRunAsync();

    /// <summary>
    /// The run's client still lives: it keeps its lease on this slot once a second while the run lasts (see
    /// <c>AbandonedRunWatch</c>). Interleaved, so it reaches the slot while a block runs; one-way, so it costs the client no wait.
    /// </summary>
    [Alias("keep-run"), AlwaysInterleave, OneWay]
    Task KeepAsync();
}
