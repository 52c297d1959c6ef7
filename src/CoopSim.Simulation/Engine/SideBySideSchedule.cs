using CoopSim.Simulation.Compiled;
using CoopSim.Simulation.Fold;
using CoopSim.Simulation.Kernel;
using CoopSim.Simulation.Results;

namespace CoopSim.Simulation.Engine;

/// <summary>
/// Whole replications side by side when nothing needs to see them in order (no trace observer, no kept
/// replications): each worker runs replications on a kernel of its own and folds them straight into a folder
/// of its own (the first worker into the run's), and the folders are merged at the end. Nothing crosses between cores while the workers run, and
/// since every summary is order-free (sums, counts, percentiles of the multiset), the bytes are those of
/// folding every replication in order on one worker.
/// </summary>
internal static class SideBySideSchedule
{
    /// <summary>
    /// Runs replications <paramref name="first"/> to the last into <paramref name="folder"/>;
    /// <paramref name="finished"/>, when given, hears how many more have finished (one call at a time). The first
    /// worker folds into <paramref name="folder"/> itself, on <paramref name="warmKernel"/> when given (a one-partition
    /// kernel that has already run replications: its buffers have grown), so only the others' folders are merged.
    /// </summary>
    public static void Run(CompiledWorld world, RunOptions options, int workers, int first, ResultFolder folder,
        Action<int>? finished, CancellationToken cancellationToken, ReplicationKernel? warmKernel = null)
    {
        var plan = PartitionPlan.Create(world, 1);
        var folders = new ResultFolder[workers];
        var next = first;
        // Replications are claimed a few at a time: a small world's replication takes microseconds, and one
        // shared counter and lock per replication cost both workers a noticeable share of that.
        var chunk = Math.Clamp((options.Replications - first) / (workers * 64), 1, 32);
        var gate = new object();
        Exception? failure = null;
        void Work(int index)
        {
            try
            {
                var own = folders[index] = index == 0 ? folder : new ResultFolder(world, options.Seed);
                var kernel = index == 0 && warmKernel is not null ? warmKernel : new ReplicationKernel(world, plan);
                while (!cancellationToken.IsCancellationRequested && Volatile.Read(ref failure) is null)
                {
                    var from = Interlocked.Add(ref next, chunk) - chunk;
                    if (from >= options.Replications)
                    {
                        // While the others may still run: the merge and the summaries then have no loose values to sort.
                        own.Compact();
                        return;
                    }

                    var to = Math.Min(options.Replications, from + chunk);
                    for (var r = from; r < to; r++) kernel.RunInto(own, options.Seed, r, tracing: false, cancellationToken, options.Probe);
                    // Nobody listening, no lock: the workers then share nothing but the counter above.
                    if (finished is not null) lock (gate) finished(to - from);
                }
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                Interlocked.CompareExchange(ref failure, ex, null);
            }
            catch (OperationCanceledException)
            {
                // Reported once, after every worker has stopped.
            }
        }

        // The calling thread is the first worker: a new thread can take milliseconds to be scheduled (measured up
        // to 9 ms against a 50 ms run), and replications are claimed as workers come, so none waits for another.
        var threads = Enumerable.Range(1, workers - 1)
            .Select(index => new Thread(() => Work(index), 16 * 1024 * 1024) { IsBackground = true, Name = "coopsim-worker" }).ToArray();
        foreach (var t in threads) t.Start();
        Work(0);
        foreach (var t in threads) t.Join();
        if (failure is not null) throw new InvalidOperationException("A simulation worker failed.", failure);
        cancellationToken.ThrowIfCancellationRequested();
        foreach (var own in folders.Skip(1)) folder.Merge(own);
    }
}
