using CoopSim.Simulation.Compiled;
using CoopSim.Simulation.Kernel;
using CoopSim.Simulation.Results;
using CoopSim.Simulation.Tracing;

namespace CoopSim.Simulation.Engine;

/// <summary>
/// Whole replications side by side when something must see them in order (a trace observer, kept replications):
/// each worker runs on a kernel of its own, and the first worker also takes the finished ones in, in order.
/// </summary>
internal static class OrderedParallelSchedule
{
    /// <summary>
    /// Replications from <paramref name="first"/> on, each worker on a kernel of its own; <paramref name="fold"/>
    /// sees them in order, one at a time. The first worker also folds: between its own replications it folds
    /// every finished one that is next in line, so the fold's state stays in one core's cache and no other
    /// worker ever waits for a fold unless it has run too far ahead.
    /// </summary>
    public static void Run(CompiledWorld world, RunOptions options, int workers, int first, bool tracing,
        Action<ReplicationMetrics, ReplicationTrace?> fold, CancellationToken cancellationToken)
    {
        var plan = PartitionPlan.Create(world, 1);
        // Finished replications wait here until every one before them is folded. No worker starts a replication
        // this far ahead of the fold, so memory stays bounded when folding is the slower part.
        var ahead = 8 * workers;
        var waiting = new Dictionary<int, (ReplicationMetrics Metrics, ReplicationTrace? Trace)>();
        var next = first - 1;
        var folded = first;
        var gate = new object();
        Exception? failure = null;
        var threads = Enumerable.Range(0, workers).Select(index => new Thread(() =>
        {
            try
            {
                RunWorker(folds: index == 0);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                Interlocked.CompareExchange(ref failure, ex, null);
            }
            catch (OperationCanceledException)
            {
                // Reported once, after every worker has stopped.
            }
            finally
            {
                lock (gate) Monitor.PulseAll(gate);
            }
        }, 16 * 1024 * 1024) { IsBackground = true, Name = "coopsim-worker" }).ToArray();
        foreach (var t in threads) t.Start();
        foreach (var t in threads) t.Join();
        if (failure is not null) throw new InvalidOperationException("A simulation worker failed.", failure);
        cancellationToken.ThrowIfCancellationRequested();

        bool Stopped() => cancellationToken.IsCancellationRequested || Volatile.Read(ref failure) is not null;

        void RunWorker(bool folds)
        {
            var kernel = new ReplicationKernel(world, plan);
            while (!Stopped())
            {
                if (folds) FoldReady();
                var r = Interlocked.Increment(ref next);
                if (r >= options.Replications) break;
                WaitUntilWithinReach(r, folds);
                if (Stopped()) return;
                var (m, trace) = kernel.Run(options.Seed, r, tracing, cancellationToken);
                lock (gate)
                {
                    waiting.Add(r, (m, trace));
                    if (r == folded) Monitor.PulseAll(gate);
                }
            }

            // The folding worker stays until the last replication is folded.
            while (folds && !Stopped())
            {
                FoldReady();
                lock (gate)
                {
                    if (folded >= options.Replications) return;
                    if (!waiting.ContainsKey(folded)) Monitor.Wait(gate, 100);
                }
            }
        }

        void WaitUntilWithinReach(int replication, bool folds)
        {
            while (!Stopped())
            {
                if (folds) FoldReady();
                lock (gate)
                {
                    if (replication - folded < ahead) return;
                    if (!folds || !waiting.ContainsKey(folded)) Monitor.Wait(gate, 100);
                }
            }
        }

        // Only the folding worker calls this; the lock is held only to take the next one in line.
        void FoldReady()
        {
            while (true)
            {
                (ReplicationMetrics Metrics, ReplicationTrace? Trace) ready;
                lock (gate)
                {
                    if (!waiting.Remove(folded, out ready)) return;
                }

                fold(ready.Metrics, ready.Trace);
                lock (gate)
                {
                    folded++;
                    if ((folded & 7) == 0) Monitor.PulseAll(gate);
                }
            }
        }
    }
}
