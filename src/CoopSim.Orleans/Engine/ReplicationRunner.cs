using System.Diagnostics;
using System.Runtime.CompilerServices;
using CoopSim.Orleans.Abstractions;
using CoopSim.Orleans.Hosting;
using CoopSim.Orleans.Wire;

namespace CoopSim.Orleans.Engine;

/// <summary>
/// Runs a run's replications on grains, a sliding window of them at once, and yields them in replication
/// order so that observers and results see the same sequence as in-process. A replication is a pure
/// function of (seed, index), so one that was lost with a silo is simply run again.
/// </summary>
internal sealed class ReplicationRunner(IGrainFactory grains, RunSpec run, OrleansEngineOptions options, ClusterChangeSignal? changes = null)
{
    private readonly AttemptTimeout _timeout = new(options.MinAttemptTimeout, options.AttemptTimeoutFactor);

    public async IAsyncEnumerable<(int Replication, WireReplicationOutcome Outcome)> RunInOrderAsync(
        int replications, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        // Batch b (replications b*lanes .. b*lanes + lanes - 1) runs on slot b % slots. The window holds
        // consecutive batches, so no two in flight share a slot, and a slot's grains hold one batch at a time.
        var lanes = LanesPerBatch(replications);
        var batches = (replications + lanes - 1) / lanes;
        var inFlight = Math.Max(1, options.ReplicationSlots);
        var window = new Queue<Task<WireReplicationOutcome[]>>();
        var next = 0;
        for (; next < Math.Min(inFlight, batches); next++) window.Enqueue(RunWithRetriesAsync(next, lanes, replications, cancellationToken));
        for (var b = 0; b < batches; b++)
        {
            var outcomes = await window.Dequeue();
            if (next < batches) window.Enqueue(RunWithRetriesAsync(next++, lanes, replications, cancellationToken));
            for (var lane = 0; lane < outcomes.Length; lane++) yield return (b * lanes + lane, outcomes[lane]);
        }
    }

    /// <summary>
    /// Replications per coordinator call on agency grains. Side by side in lanes, they share each agency's
    /// grain calls: a round trip costs far more than a starter replication's work, so a round of many
    /// lanes is much cheaper per replication than a round of one. Two batches per slot keep the slots
    /// evenly loaded; the cap on agencies × lanes bounds what one slot's grains hold.
    /// </summary>
    internal int LanesPerBatch(int replications)
    {
        if (options.Mode != OrleansEngineMode.AgencyGrains) return 1;
        var slots = Math.Max(1, options.ReplicationSlots);
        var spread = (replications + 2 * slots - 1) / (2 * slots);
        var memory = Math.Max(1, options.MaxAgencyStatesPerSlot / Math.Max(1, run.AgencyCount));
        return Math.Clamp(spread, 1, Math.Max(1, Math.Min(options.MaxLanes, memory)));
    }

    private async Task<WireReplicationOutcome[]> RunWithRetriesAsync(int batch, int lanes, int replications, CancellationToken cancellationToken)
    {
        var first = batch * lanes;
        var count = Math.Min(lanes, replications - first);
        var delay = options.RetryDelay;
        for (var attempt = 1; ; attempt++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            // An attempt ends when it answers, when it runs far longer than replications have taken so far
            // (its silo may be gone and the answer never come), or when the cluster loses a gateway.
            using var bounded = changes is null
                ? CancellationTokenSource.CreateLinkedTokenSource(cancellationToken)
                : CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, changes.Token);
            bounded.CancelAfter(_timeout.Current);
            var clock = Stopwatch.StartNew();
            try
            {
                var outcome = await RunOnceAsync(batch, first, count, bounded.Token).WaitAsync(bounded.Token);
                _timeout.Observe(clock.Elapsed);
                return outcome;
            }
            catch (Exception ex) when (!cancellationToken.IsCancellationRequested && attempt < options.ReplicationAttempts)
            {
                // Abandoned on a lost silo: run again at once; failed outright: wait for membership to
                // declare the silo dead, so the directory places the slot's grains on a live one.
                if (ex is OperationCanceledException) continue;
                await Task.Delay(delay, cancellationToken);
                delay = delay * 2 < options.MaxRetryDelay ? delay * 2 : options.MaxRetryDelay;
            }
            catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
            {
                throw new OrleansRunFailedException(
                    $"coopsim: error: the Orleans cluster failed replication {first}{(count > 1 ? $"..{first + count - 1}" : "")} {attempt} times ({ex.GetType().Name}: {OrleansConnection.FirstLine(ex.Message)}); no result was written", ex);
            }
        }
    }

    private async Task<WireReplicationOutcome[]> RunOnceAsync(int batch, int first, int count, CancellationToken cancellationToken) => options.Mode switch
    {
        OrleansEngineMode.AgencyGrains => await grains.GetGrain<ISimulationCoordinatorGrain>(GrainKeys.Coordinator(run.RunId, Slot(batch)))
            .RunReplicationsAsync(run, Slot(batch), first, count, cancellationToken),
        _ => [await grains.GetGrain<IReplicationWorkerGrain>(GrainKeys.ReplicationSlot(run.RunId, Slot(batch))).RunReplicationAsync(run, first, cancellationToken)],
    };

    private int Slot(int batch) => batch % Math.Max(1, options.ReplicationSlots);
}
