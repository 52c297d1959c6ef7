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
        // Replication r runs on slot r % slots. The window holds consecutive replications, so no two in
        // flight share a slot, and a slot's grains hold one replication at a time.
        var inFlight = Math.Max(1, options.ReplicationSlots);
        var window = new Queue<Task<WireReplicationOutcome>>();
        var next = 0;
        for (; next < Math.Min(inFlight, replications); next++) window.Enqueue(RunWithRetriesAsync(next, cancellationToken));
        for (var r = 0; r < replications; r++)
        {
            var outcome = await window.Dequeue();
            if (next < replications) window.Enqueue(RunWithRetriesAsync(next++, cancellationToken));
            yield return (r, outcome);
        }
    }

    private async Task<WireReplicationOutcome> RunWithRetriesAsync(int replication, CancellationToken cancellationToken)
    {
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
                var outcome = await RunOnceAsync(replication, bounded.Token).WaitAsync(bounded.Token);
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
                    $"coopsim: error: the Orleans cluster failed replication {replication} {attempt} times ({ex.GetType().Name}: {OrleansConnection.FirstLine(ex.Message)}); no result was written", ex);
            }
        }
    }

    private Task<WireReplicationOutcome> RunOnceAsync(int replication, CancellationToken cancellationToken) => options.Mode switch
    {
        OrleansEngineMode.AgencyGrains => grains.GetGrain<ISimulationCoordinatorGrain>(GrainKeys.Coordinator(run.RunId, Slot(replication)))
            .RunReplicationAsync(run, Slot(replication), replication, cancellationToken),
        _ => grains.GetGrain<IReplicationWorkerGrain>(GrainKeys.ReplicationSlot(run.RunId, Slot(replication))).RunReplicationAsync(run, replication, cancellationToken),
    };

    private int Slot(int replication) => replication % Math.Max(1, options.ReplicationSlots);
}
