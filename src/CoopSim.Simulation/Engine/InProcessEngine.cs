using System.Diagnostics;
using CoopSim.Model.Scenario;
using CoopSim.Simulation.Compiled;
using CoopSim.Simulation.Fold;
using CoopSim.Simulation.Kernel;
using CoopSim.Simulation.Results;
using CoopSim.Simulation.Tracing;

namespace CoopSim.Simulation.Engine;

/// <summary>
/// All agencies in this process (docs/architecture.md, "Engines"). Workers either share each window's partitions or
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
        var began = Stopwatch.GetTimestamp();
        var world = CompiledWorld.Compile(scenario);
        var workers = Math.Max(1, options.Workers);
        var tracing = observer is not null;
        var folder = new ResultFolder(world, options.Seed);
        var kept = options.KeepReplications ? new ReplicationMetrics[options.Replications] : null;
        var index = ResultAggregator.IndexOf(world);
        var probe = options.Probe;
        probe?.Bind(index);
        var done = 0;
        var compiled = Stopwatch.GetTimestamp();

        // Replications are folded strictly in order, whichever kernel ran them.
        void Fold((ReplicationMetrics Metrics, ReplicationTrace? Trace) run)
        {
            var (m, trace) = run;
            var folding = Stopwatch.GetTimestamp();
            folder.Add(m);
            folder.AddFoldTime(Stopwatch.GetTimestamp() - folding);
            if (kept is not null) kept[done] = m;
            probe?.Observe(done, m);
            Done(trace);
        }

        void Done(ReplicationTrace? trace)
        {
            if (trace is not null) observer!.OnReplication(trace);
            done++;
            progress?.Report(done);
        }

        // The next replication on this kernel, folded in: straight from the kernel's state unless every
        // replication's metrics are kept (then they are built anyway).
        void RunNext(ReplicationKernel kernel)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (kept is null) Done(kernel.RunInto(folder, options.Seed, done, tracing, cancellationToken, probe));
            else Fold(kernel.Run(options.Seed, done, tracing, cancellationToken));
        }

        string schedule;
        if (workers == 1)
        {
            var kernel = new ReplicationKernel(world, PartitionPlan.Create(world, 1));
            while (done < options.Replications) RunNext(kernel);
            schedule = "one worker: a sequential event loop";
        }
        else
        {
            var mode = options.Parallelism;
            ReplicationKernel? sequential = null;
            ReplicationKernel? windowed = null;
            var measured = "";
            if (mode == ParallelMode.Auto && options.Replications == 1)
            {
                // Nothing to measure: one replication can only be shared through its windows, and measuring would
                // run it on one worker (a large world run once was never faster on two workers).
                mode = ParallelMode.Windows;
                measured = " (one replication: shared through its windows)";
            }
            else if (mode == ParallelMode.Auto)
            {
                // Measure rather than guess: one replication on a kernel of its own (the first also warms up
                // the code), then one with its windows shared by the workers, then one more on its own.
                // These replications count; only the choice of how to run the rest depends on the clock.
                sequential = new ReplicationKernel(world, PartitionPlan.Create(world, 1));
                RunNext(sequential);
                var sequentialCost = double.PositiveInfinity;
                var windowCost = double.PositiveInfinity;
                // Shared windows split one replication's events, so they cost at least a worker's share of it; side by
                // side loses at most one replication's time to the last round. With many replications per worker that
                // is less than measuring windows costs (a kernel, a thread and a replication on it): not measured.
                var measureWindows = options.Replications - done < WindowsWorthMeasuringPerWorker * workers;
                if (measureWindows && done < options.Replications)
                {
                    windowed = new ReplicationKernel(world, PartitionPlan.Create(world, workers));
                    var watch = Stopwatch.StartNew();
                    RunNext(windowed);
                    windowCost = watch.Elapsed.TotalMilliseconds;
                }

                if (done < options.Replications)
                {
                    var watch = Stopwatch.StartNew();
                    RunNext(sequential);
                    sequentialCost = watch.Elapsed.TotalMilliseconds;
                }

                var left = options.Replications - done;
                var sideBySide = Math.Ceiling(left / (double)workers) * sequentialCost;
                var sharedWindows = left * windowCost;
                mode = sideBySide <= sharedWindows ? ParallelMode.Replications : ParallelMode.Windows;
                measured = !double.IsFinite(sequentialCost) ? ""
                    : measureWindows ? $" (measured per replication: {sequentialCost:0.###} ms on one kernel, {windowCost:0.###} ms with windows shared by {workers} workers)"
                    : $" (measured per replication: {sequentialCost:0.###} ms on one kernel; windows not measured: over {left:N0} replications they could gain at most one replication's time)";
            }

            if (done == options.Replications)
            {
                schedule = $"{workers} workers: every replication ran while measuring{measured}";
            }
            else if (mode == ParallelMode.Replications && options.Replications - done > 1 && !tracing && kept is null)
            {
                SideBySideFolds.Run(world, options, workers, done, folder, progress is null ? null : n => progress.Report(done += n),
                    cancellationToken, sequential);
                schedule = $"replications side by side on {workers} workers, each folding its own{measured}";
            }
            else if (mode == ParallelMode.Replications && options.Replications - done > 1)
            {
                RunReplicationsInParallel(world, options, workers, done, tracing, (m, t) => Fold((m, t)), cancellationToken);
                schedule = $"replications side by side on {workers} workers{measured}";
            }
            else
            {
                windowed ??= new ReplicationKernel(world, PartitionPlan.Create(world, workers));
                while (done < options.Replications) RunNext(windowed);
                schedule = $"each replication's windows shared by {workers} workers{measured}";
            }
        }

        var simulated = Stopwatch.GetTimestamp();
        var result = folder.Finish();
        var finished = Stopwatch.GetTimestamp();
        var phases = new RunPhases(Seconds(compiled - began), Seconds(simulated - compiled), Seconds(folder.FoldTicks), Seconds(finished - simulated));
        return new SimulationRun(result, index, kept ?? []) { Schedule = schedule, Phases = phases, Probe = probe };
    }

    /// <summary>Below this many replications per worker left after the first, the auto mode measures shared windows too.</summary>
    private const int WindowsWorthMeasuringPerWorker = 8;

    private static double Seconds(long ticks) => ticks / (double)Stopwatch.Frequency;

    /// <summary>
    /// Replications from <paramref name="first"/> on, each worker on a kernel of its own; <paramref name="fold"/>
    /// sees them in order, one at a time. The first worker also folds: between its own replications it folds
    /// every finished one that is next in line, so the fold's state stays in one core's cache and no other
    /// worker ever waits for a fold unless it has run too far ahead.
    /// </summary>
    private static void RunReplicationsInParallel(CompiledWorld world, RunOptions options, int workers, int first, bool tracing,
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
