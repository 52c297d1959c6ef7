using System.Runtime.CompilerServices;
using CoopSim.Orleans.Abstractions;
using CoopSim.Orleans.Wire;

namespace CoopSim.Orleans.Engine;

/// <summary>
/// Runs a run's replications on grains, a sliding window of them at once, and yields them in replication
/// order so that observers and results see the same sequence as in-process.
/// </summary>
internal sealed class ReplicationRunner(IGrainFactory grains, RunSpec run, OrleansEngineOptions options)
{
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
            try
            {
                return await RunOnceAsync(replication).WaitAsync(cancellationToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException && attempt < options.ReplicationAttempts)
            {
                // A stopped silo takes its activations with it; the replication starts again from its
                // seed on fresh activations and gives the same result.
                await Task.Delay(delay, cancellationToken);
                delay = delay * 2 < options.MaxRetryDelay ? delay * 2 : options.MaxRetryDelay;
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                throw new OrleansRunFailedException(
                    $"coopsim: error: the Orleans cluster failed replication {replication} {attempt} times ({ex.GetType().Name}: {FirstLine(ex.Message)}); no result was written", ex);
            }
        }
    }

    private Task<WireReplicationOutcome> RunOnceAsync(int replication) => options.Mode switch
    {
        OrleansEngineMode.AgencyGrains => grains.GetGrain<ISimulationCoordinatorGrain>(GrainKeys.Coordinator(run.RunId, Slot(replication)))
            .RunReplicationAsync(run, Slot(replication), replication),
        _ => grains.GetGrain<IReplicationWorkerGrain>(GrainKeys.ReplicationSlot(run.RunId, Slot(replication))).RunReplicationAsync(run, replication),
    };

    private int Slot(int replication) => replication % Math.Max(1, options.ReplicationSlots);

    private static string FirstLine(string message)
    {
        var end = message.IndexOfAny(['\r', '\n']);
        return end < 0 ? message : message[..end];
    }
}
