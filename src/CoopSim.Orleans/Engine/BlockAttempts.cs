using System.Diagnostics;
using CoopSim.Orleans.Hosting;

namespace CoopSim.Orleans.Engine;

/// <summary>
/// Runs one block's call until it answers: a block is a pure function of (seed, replication range), so a call lost
/// with its silo is simply made again. An attempt ends when it answers, when it runs far longer than blocks have
/// taken so far (its silo may be gone and the answer never come), or when the cluster loses a gateway. A block that keeps
/// failing is tried for <see cref="OrleansEngineOptions.ReplicationAttempts"/> attempts, and beyond them until
/// <see cref="OrleansEngineOptions.ClusterWait"/> (<c>--cluster-wait</c>) has passed since its first failure: the cluster may
/// come back (every silo replaced, Redis restarted), and the client says once that it waits.
/// </summary>
internal sealed class BlockAttempts(OrleansEngineOptions options, ClusterChangeSignal? changes, ClusterWaitNotice? waiting = null)
{
    private readonly AttemptTimeout _timeout = new(options.MinAttemptTimeout, options.AttemptTimeoutFactor);

    public async Task<T> RunAsync<T>(Func<CancellationToken, Task<T>> call, int first, int count, CancellationToken cancellationToken)
    {
        var delay = options.RetryDelay;
        Stopwatch? failing = null;
        for (var attempt = 1; ; attempt++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            using var bounded = changes is null
                ? CancellationTokenSource.CreateLinkedTokenSource(cancellationToken)
                : CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, changes.Token);
            bounded.CancelAfter(_timeout.For(count));
            var clock = Stopwatch.StartNew();
            try
            {
                var outcome = await call(bounded.Token).WaitAsync(bounded.Token);
                _timeout.Observe(clock.Elapsed, count);
                return outcome;
            }
            catch (Exception ex) when (!cancellationToken.IsCancellationRequested && (attempt < options.ReplicationAttempts || Patient(ref failing)))
            {
                failing ??= Stopwatch.StartNew();
                if (attempt >= options.ReplicationAttempts && options.ClusterWait > TimeSpan.Zero) waiting?.SayOnce(options.ClusterWait);
                // Abandoned on a lost silo: run again at once; failed outright: wait for membership to
                // declare the silo dead, so the directory places the slot's grains on a live one.
                if (ex is OperationCanceledException) continue;
                await Task.Delay(delay, cancellationToken);
                delay = delay * 2 < options.MaxRetryDelay ? delay * 2 : options.MaxRetryDelay;
            }
            catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
            {
                // The retries alone may outlast --cluster-wait (their delays grow): the client did wait, so it says so
                // before it gives up, as when the wait ran on past them.
                if (options.ClusterWait > TimeSpan.Zero) waiting?.SayOnce(options.ClusterWait);
                var lost = $"replication{(count > 1 ? $"s {first}..{first + count - 1}" : $" {first}")}";
                var what = waiting is null
                    ? $"the Orleans cluster failed {lost}"
                    : $"lost the Orleans {waiting.Cluster.Describe()}, which did not come back within --cluster-wait {options.ClusterWait.TotalSeconds:0} s: {lost} failed";
                throw new OrleansRunFailedException(
                    $"coopsim: error: {what} {attempt} times over {failing?.Elapsed.TotalSeconds ?? 0:0} s ({ex.GetType().Name}: {OrleansConnection.FirstLine(ex.Message)}); no result was written", ex);
            }
        }
    }

    /// <summary>Still within <see cref="OrleansEngineOptions.ClusterWait"/> of the block's first failed attempt.</summary>
    private bool Patient(ref Stopwatch? failing)
    {
        failing ??= Stopwatch.StartNew();
        return failing.Elapsed < options.ClusterWait;
    }
}
