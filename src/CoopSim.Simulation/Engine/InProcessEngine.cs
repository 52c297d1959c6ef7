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
        var metrics = new ReplicationMetrics[options.Replications];

        if (mode == ParallelMode.Windows || workers == 1)
        {
            var kernel = new ReplicationKernel(world, PartitionPlan.Create(world, workers));
            for (var r = 0; r < options.Replications; r++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var (m, trace) = kernel.Run(options.Seed, r, tracing, cancellationToken);
                metrics[r] = m;
                if (trace is not null) observer!.OnReplication(trace);
                progress?.Report(r + 1);
            }
        }
        else
        {
            RunReplicationsInParallel(world, options, workers, tracing, observer, progress, metrics, cancellationToken);
        }

        return new SimulationRun(ResultAggregator.Aggregate(world, options.Seed, metrics, workers), ResultAggregator.IndexOf(world), metrics);
    }

    private static void RunReplicationsInParallel(CompiledWorld world, RunOptions options, int workers, bool tracing,
        ISimulationObserver? observer, IProgress<int>? progress, ReplicationMetrics[] metrics, CancellationToken cancellationToken)
    {
        var plan = PartitionPlan.Create(world, 1);
        var traces = tracing ? new ReplicationTrace?[options.Replications] : null;
        var next = -1;
        var completed = 0;
        var emitted = 0;
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
                metrics[r] = m;
                lock (gate)
                {
                    // Observers see replications in order: hand over every finished one that is next in line.
                    if (traces is not null)
                    {
                        traces[r] = trace;
                        while (emitted < traces.Length && traces[emitted] is { } ready)
                        {
                            observer!.OnReplication(ready);
                            traces[emitted++] = null;
                        }
                    }

                    progress?.Report(++completed);
                }
            }
        }
    }
}
