using CoopSim.Model.Scenario;
using CoopSim.Simulation.Kernel;
using CoopSim.Simulation.Results;
using CoopSim.Simulation.Tracing;

namespace CoopSim.Simulation.Engine;

/// <summary>
/// All agencies in this process (DESIGN.md §3 "inproc"). Workers either share each window's partitions or
/// run whole replications side by side; either way every replication is the same run, and results are
/// gathered in replication order, so the output does not depend on <see cref="RunOptions.Workers"/>.
/// </summary>
public sealed class InProcessEngine : ISimulationEngine
{
    public string Name => "inproc";

    public Task<SimulationRun> RunAsync(
        ScenarioModel scenario,
        RunOptions options,
        ISimulationObserver? observer = null,
        IProgress<int>? progress = null,
        CancellationToken cancellationToken = default) =>
        Task.Run(() => Run(scenario, options, observer, progress, cancellationToken), cancellationToken);

    private static SimulationRun Run(ScenarioModel scenario, RunOptions options, ISimulationObserver? observer,
        IProgress<int>? progress, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(options.Replications, 1);
        var world = CompiledWorld.Compile(scenario);
        var workers = Math.Max(1, options.Workers);
        var mode = options.Parallelism == ParallelMode.Auto
            ? workers > 1 && options.Replications >= 2 * workers ? ParallelMode.Replications : ParallelMode.Windows
            : options.Parallelism;
        var tracing = observer is not null;
        var folder = new ResultFolder(world, options.Seed);
        var kept = options.KeepReplications ? new ReplicationMetrics[options.Replications] : null;

        if (mode == ParallelMode.Windows || workers == 1)
        {
            var kernel = new ReplicationKernel(world, PartitionPlan.Create(world, workers));
            for (var r = 0; r < options.Replications; r++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var (m, trace) = kernel.Run(options.Seed, r, tracing, cancellationToken);
                folder.Add(m);
                if (kept is not null) kept[r] = m;
                if (trace is not null) observer!.OnReplication(trace);
                progress?.Report(r + 1);
            }
        }
        else
        {
            RunReplicationsInParallel(world, options, workers, tracing, observer, progress, folder, kept, cancellationToken);
        }

        return new SimulationRun(folder.Finish(), ResultAggregator.IndexOf(world), kept ?? []);
    }

    private static void RunReplicationsInParallel(CompiledWorld world, RunOptions options, int workers, bool tracing,
        ISimulationObserver? observer, IProgress<int>? progress, ResultFolder folder, ReplicationMetrics[]? kept, CancellationToken cancellationToken)
    {
        var plan = PartitionPlan.Create(world, 1);
        // Finished replications wait here until every one before them is folded: at most a few per worker.
        var waiting = new Dictionary<int, (ReplicationMetrics Metrics, ReplicationTrace? Trace)>();
        var next = -1;
        var folded = 0;
        var gate = new object();
        Exception? failure = null;
        var threads = Enumerable.Range(0, workers).Select(_ => new Thread(() =>
        {
            try
            {
                RunWorker();
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                Interlocked.CompareExchange(ref failure, ex, null);
            }
            catch (OperationCanceledException)
            {
                // Reported once, after every worker has stopped.
            }
        }, 16 * 1024 * 1024) { IsBackground = true, Name = "coopsim-worker" }).ToArray();
        foreach (var t in threads) t.Start();
        foreach (var t in threads) t.Join();
        if (failure is not null) throw new InvalidOperationException("A simulation worker failed.", failure);
        cancellationToken.ThrowIfCancellationRequested();

        void RunWorker()
        {
            var kernel = new ReplicationKernel(world, plan);
            while (!cancellationToken.IsCancellationRequested && Volatile.Read(ref failure) is null)
            {
                var r = Interlocked.Increment(ref next);
                if (r >= options.Replications) return;
                var (m, trace) = kernel.Run(options.Seed, r, tracing, cancellationToken);
                lock (gate)
                {
                    // Folded and observed in replication order: hand over every finished one that is next in line.
                    waiting.Add(r, (m, trace));
                    while (waiting.Remove(folded, out var ready))
                    {
                        folder.Add(ready.Metrics);
                        if (kept is not null) kept[folded] = ready.Metrics;
                        if (ready.Trace is not null) observer!.OnReplication(ready.Trace);
                        folded++;
                    }

                    progress?.Report(folded);
                }
            }
        }
    }
}
