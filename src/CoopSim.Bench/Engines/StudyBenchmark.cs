using System.Diagnostics;
using System.Globalization;
using CoopSim.Bench.LocalCluster;
using CoopSim.Bench.Measure;
using CoopSim.Orleans.Engine;

namespace CoopSim.Bench.Engines;

/// <summary>
/// Scale-out of a study (a sweep's grid, a sensitivity design): the whole command as a <c>coopsim</c> process, on
/// <c>--engine inproc --workers 1</c> in one CPU budget and as a client of 1..N budgeted silos. The time is the whole
/// command's, as its user waits for it: each point's shipping and compiling on the silos is part of a study's cost (a
/// study's time less its time at one replication a point was noise for small points). Every cluster run's output is
/// checked against inproc's: a figure with other bytes is no figure. Each figure is the median of
/// <see cref="Rounds"/> runs; the silos first serve one untimed run of the study, as long-lived servers have served
/// others before (a fresh silo on half a core spends its first study compiling: the sweep took 2.8–3.9 s on one fresh
/// silo and 1.3–1.4 s on the same silo a few runs later, measured on 7 Dec 2026). The in-process figure is a fresh
/// process each time, as a planner runs one.
/// </summary>
public static class StudyBenchmark
{
    private static readonly TimeSpan RunLimit = TimeSpan.FromHours(1);

    private const int Rounds = 3;

    public static async Task<IReadOnlyList<ClusterBenchRow>> RunAsync(StudyWorkload study, int maxSilos, double cores, IReadOnlyList<OrleansEngineMode> modes,
        CoopSimCommand coopsim, TextWriter status, CancellationToken cancellationToken)
    {
        var rows = new List<ClusterBenchRow>();
        var inproc = await MedianAsync(study, ["--engine", "inproc", "--workers", "1"], cores, coopsim, cancellationToken);
        var replications = study.PointsOf(inproc.Output) * study.RunsPerPoint;
        var inprocRate = replications / inproc.Seconds;
        rows.Add(new ClusterBenchRow(study.Name, "inproc, 1 worker", 1, replications, inproc.Seconds, inprocRate, 1, ""));
        await status.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"{study.Name}: inproc {inprocRate:N0} replications/s on one budget"));
        await using var redis = await RedisServer.StartAsync();
        for (var silos = 1; silos <= maxSilos; silos++)
        {
            await using var cluster = await BudgetedSilos.StartAsync(redis, $"study{silos}", silos, cores, coopsim);
            foreach (var mode in modes)
            {
                var name = mode == OrleansEngineMode.Replications ? "orleans-replications" : "orleans";
                string[] engine = ["--engine", name, "--cluster", cluster.Silos.ClusterAddress];
                await TimeAsync(study, engine, null, coopsim, cancellationToken);
                var timed = await MedianAsync(study, engine, null, coopsim, cancellationToken);
                var rate = replications / timed.Seconds;
                var bytes = timed.Output == inproc.Output ? "same bytes as inproc" : "OTHER BYTES than inproc";
                rows.Add(new ClusterBenchRow(study.Name, name, silos, replications, timed.Seconds, rate, rate / (silos * inprocRate), bytes));
                await status.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"{study.Name}: {name} on {silos} silo(s): {rate:N0} replications/s, {bytes}"));
            }
        }

        return rows;
    }

    /// <summary>The median seconds of <see cref="Rounds"/> runs of the whole command, and its output (every round's the same, or it fails).</summary>
    private static async Task<(double Seconds, string Output)> MedianAsync(StudyWorkload study, string[] engine, double? cores, CoopSimCommand coopsim,
        CancellationToken cancellationToken)
    {
        var seconds = new List<double>();
        string? output = null;
        for (var round = 0; round < Rounds; round++)
        {
            var timed = await TimeAsync(study, engine, cores, coopsim, cancellationToken);
            if (output is not null && timed.Output != output)
                throw new InvalidOperationException($"coopsim {string.Join(' ', study.Arguments)} {string.Join(' ', engine)} gave other bytes in round {round + 1}");
            output = timed.Output;
            seconds.Add(timed.Seconds);
        }

        return (BenchMeasure.Median(seconds), output!);
    }

    /// <summary>Seconds of the whole command, in <paramref name="cores"/>' budget when given, and its output.</summary>
    private static async Task<(double Seconds, string Output)> TimeAsync(StudyWorkload study, string[] engine, double? cores, CoopSimCommand coopsim,
        CancellationToken cancellationToken)
    {
        var runs = study.RunsPerPoint;
        using var budget = cores is { } c ? CpuBudget.TryCreate($"coopsim-bench-{Environment.ProcessId}-study", c, out _) : null;
        var watch = Stopwatch.StartNew();
        await using var run = (budget?.Wrap(coopsim) ?? coopsim).Start(Environment.CurrentDirectory,
            [.. study.Arguments, "--runs", runs.ToString(CultureInfo.InvariantCulture), "--format", "json", .. engine]);
        if (!await run.WaitForExitAsync(RunLimit) || run.ExitCode != 0)
            throw new InvalidOperationException($"coopsim {string.Join(' ', study.Arguments)} failed: {run.StandardError}");
        cancellationToken.ThrowIfCancellationRequested();
        return (watch.Elapsed.TotalSeconds, run.StandardOutput);
    }
}
