using System.Diagnostics;
using CoopSim.Simulation.Kernel;

namespace CoopSim.Simulation.Engine;

/// <summary>
/// Chooses how an in-process run's workers share its replications, runs them that way, and says what it chose (for
/// --verbose). Every schedule runs the same replications and folds them in order, so the choice changes only speed.
/// </summary>
internal static class ScheduleChooser
{
    /// <summary>Below this many replications per worker left after the first, the auto mode measures shared windows too.</summary>
    private const int WindowsWorthMeasuringPerWorker = 8;

    public static string Run(InProcessRun run)
    {
        var workers = run.Workers;
        if (workers == 1)
        {
            SequentialSchedule.Run(run, run.NewKernel(1));
            return "one worker: a sequential event loop";
        }

        var mode = run.Options.Parallelism;
        ReplicationKernel? sequential = null;
        ReplicationKernel? windowed = null;
        var measured = "";
        if (mode == ParallelMode.Auto && run.Options.Replications == 1)
        {
            // Nothing to measure: one replication can only be shared through its windows, and measuring would
            // run it on one worker (a large world run once was never faster on two workers).
            mode = ParallelMode.Windows;
            measured = " (one replication: shared through its windows)";
        }
        else if (mode == ParallelMode.Auto)
        {
            (mode, measured, sequential, windowed) = Measure(run);
        }

        if (run.Left == 0) return $"{workers} workers: every replication ran while measuring{measured}";
        if (mode == ParallelMode.Replications && run.Left > 1 && !run.Tracing && !run.Fold.KeepsMetrics)
        {
            var fold = run.Fold;
            var before = fold.Done;
            SideBySideSchedule.Run(run.World, run.Options, workers, before, fold.Folder, fold.ReportsProgress ? fold.FoldedMany : null,
                run.CancellationToken, sequential);
            if (!fold.ReportsProgress) fold.FoldedMany(run.Options.Replications - before);
            return $"replications side by side on {workers} workers, each folding its own{measured}";
        }

        if (mode == ParallelMode.Replications && run.Left > 1)
        {
            OrderedParallelSchedule.Run(run.World, run.Options, workers, run.Fold.Done, run.Tracing, run.Fold.Add, run.CancellationToken);
            return $"replications side by side on {workers} workers{measured}";
        }

        return SharedWindowsSchedule.Run(run, windowed, measured);
    }

    /// <summary>
    /// Measures rather than guesses: one replication on a kernel of its own (the first also warms up the code), then
    /// one with its windows shared by the workers, then one more on its own. These replications count; only the
    /// choice of how to run the rest depends on the clock.
    /// </summary>
    private static (ParallelMode Mode, string Measured, ReplicationKernel Sequential, ReplicationKernel? Windowed) Measure(InProcessRun run)
    {
        var workers = run.Workers;
        var sequential = run.NewKernel(1);
        ReplicationKernel? windowed = null;
        run.RunNext(sequential);
        var sequentialCost = double.PositiveInfinity;
        var windowCost = double.PositiveInfinity;
        // Shared windows split one replication's events, so they cost at least a worker's share of it; side by
        // side loses at most one replication's time to the last round. With many replications per worker that
        // is less than measuring windows costs (a kernel, a thread and a replication on it): not measured.
        var measureWindows = run.Left < WindowsWorthMeasuringPerWorker * workers;
        if (measureWindows && run.Left > 0)
        {
            windowed = run.NewKernel(workers);
            var watch = Stopwatch.StartNew();
            run.RunNext(windowed);
            windowCost = watch.Elapsed.TotalMilliseconds;
        }

        if (run.Left > 0)
        {
            var watch = Stopwatch.StartNew();
            run.RunNext(sequential);
            sequentialCost = watch.Elapsed.TotalMilliseconds;
        }

        var left = run.Left;
        var sideBySide = Math.Ceiling(left / (double)workers) * sequentialCost;
        var sharedWindows = left * windowCost;
        var mode = sideBySide <= sharedWindows ? ParallelMode.Replications : ParallelMode.Windows;
        var measured = !double.IsFinite(sequentialCost) ? ""
            : measureWindows ? $" (measured per replication: {sequentialCost:0.###} ms on one kernel, {windowCost:0.###} ms with windows shared by {workers} workers)"
            : $" (measured per replication: {sequentialCost:0.###} ms on one kernel; windows not measured: over {left:N0} replications they could gain at most one replication's time)";
        return (mode, measured, sequential, windowed);
    }
}
