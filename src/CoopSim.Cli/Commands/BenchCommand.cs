using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using CoopSim.Bench.Generation;
using CoopSim.Bench.Measure;
using CoopSim.Bench.Validation;
using CoopSim.Model;
using CoopSim.Model.Scenario;
using CoopSim.Simulation.Engine;
using CoopSim.Studies.Output;

namespace CoopSim.Cli.Commands;

/// <summary>
/// <c>coopsim bench</c>: each case in a process of its own (so that its peak memory is its own and one case's
/// garbage does not slow the next), a warm-up, then interleaved rounds reported as median and spread. Wall
/// clock and CPU time are read here, outside the simulation.
/// </summary>
internal static class BenchCommand
{
    private static readonly string[] AllCases = ["pq", "starter", "kernel", "whole", "million", "memory", "trace"];

    public static Command Create(CliContext context)
    {
        var scenario = new Option<string>("--scenario") { Description = "Starter scenario to time.", DefaultValueFactory = _ => "scenarios/korea-desk-wanted.yaml" };
        var cases = new Option<string>("--case")
        {
            Description = "pq (bare PriorityQueue reference), starter, kernel (alias large), whole (the large world run alone, in rounds, with its phases; and run + JSON), "
                + "million (10^6 starter runs), memory, trace, all, huge (run + JSON of 100,000 agencies × 100 alerts: minutes and a 21 GB "
                + "temporary file, so not in all), or validation (not a timing: writes docs/validation.md's Markdown).",
            DefaultValueFactory = _ => "all",
        };
        cases.AcceptOnlyFromAmong([.. AllCases, "all", "large", "huge", "validation"]);
        var agencies = new Option<int>("--agencies") { Description = "Agencies in the generated world.", DefaultValueFactory = _ => 10_000 };
        var runs = new Option<int>("--runs") { Description = "Replications of the starter scenario.", DefaultValueFactory = _ => 40_000 };
        var rounds = new Option<int>("--rounds") { Description = "Timed rounds per case after the warm-up.", DefaultValueFactory = _ => 5 };
        var rowsOnly = new Option<bool>("--rows-only") { Description = "Print table rows only (used when bench runs a case in a child process).", Hidden = true };
        var command = new Command("bench", "Measure simulation speed and memory; prints a Markdown table.") { scenario, cases, agencies, runs, rounds, rowsOnly };
        command.SetAction(async (parse, ct) =>
        {
            var which = parse.GetValue(cases)!;
            if (which == "validation")
            {
                // Not a timing: the closed-form checks of docs/validation.md, deterministic from fixed seeds.
                var reports = ValidationSuite.Run(ValidationSuite.CasesFromEnvironment(), Environment.ProcessorCount);
                await context.RawOut.WriteAsync(ValidationMarkdown.Render(reports).AsMemory(), ct);
                await context.RawOut.FlushAsync(ct);
                return reports.All(r => r.Passed) ? ExitCodes.Ok : ExitCodes.Failed;
            }

            if (which == "large") which = "kernel";
            var settings = new BenchSettings(parse.GetValue(scenario)!, parse.GetValue(agencies), parse.GetValue(runs), Math.Max(1, parse.GetValue(rounds)));
            if (parse.GetValue(rowsOnly))
            {
                var rows = await RunCaseAsync(which, settings, context, ct);
                if (rows is null) return ExitCodes.BadInput;
                foreach (var row in rows) context.RawOut.WriteLine(row);
                context.RawOut.Flush();
                return ExitCodes.Ok;
            }

            WriteHeader(context.RawOut);
            foreach (var name in which == "all" ? AllCases : [which])
            {
                var code = await RunChildAsync(name, settings, context, ct);
                if (code != ExitCodes.Ok) return code;
            }

            context.RawOut.WriteLine($"{Environment.ProcessorCount} cores, .NET {Environment.Version}; medians of {settings.Rounds} interleaved rounds after a warm-up (whole: the first run, then {settings.Rounds} more; whole + JSON, million, memory: one round); spread = (max − min) / median");
            context.RawOut.Flush();
            return ExitCodes.Ok;
        });
        return command;
    }

    private sealed record BenchSettings(string Scenario, int Agencies, int Runs, int Rounds);

    /// <summary>Runs one case in a fresh process and copies its rows; the child is stopped by its id if this one is cancelled.</summary>
    private static async Task<int> RunChildAsync(string name, BenchSettings settings, CliContext context, CancellationToken ct)
    {
        var start = new ProcessStartInfo(Environment.ProcessPath!) { RedirectStandardOutput = true, UseShellExecute = false };
        if (Path.GetFileNameWithoutExtension(Environment.ProcessPath) == "dotnet") start.ArgumentList.Add(typeof(BenchCommand).Assembly.Location);
        foreach (var arg in new[]
                 {
                     "bench", "--rows-only", "--case", name, "--scenario", settings.Scenario, "--agencies", settings.Agencies.ToString(CultureInfo.InvariantCulture),
                     "--runs", settings.Runs.ToString(CultureInfo.InvariantCulture), "--rounds", settings.Rounds.ToString(CultureInfo.InvariantCulture),
                 })
        {
            start.ArgumentList.Add(arg);
        }

        using var child = Process.Start(start)!;
        try
        {
            while (await child.StandardOutput.ReadLineAsync(ct) is { } line) context.RawOut.WriteLine(line);
            await child.WaitForExitAsync(ct);
        }
        catch (OperationCanceledException)
        {
            child.Kill(entireProcessTree: true);
            throw;
        }

        context.RawOut.Flush();
        return child.ExitCode;
    }

    private static async Task<List<string>?> RunCaseAsync(string name, BenchSettings s, CliContext context, CancellationToken ct)
    {
        switch (name)
        {
            case "pq":
                return PriorityQueueReference(s.Rounds);
            case "kernel":
                return KernelOnly(Large(s.Agencies), s.Rounds);
            case "whole":
                return await WholeRunAsync(Large(s.Agencies), s.Rounds, ct);
            case "huge":
                // The same world as `coopsim generate --agencies 100000 --alerts 100`.
                return await WholeRunAsync(WorldGenerator.Generate(new GeneratedWorldOptions(Agencies: 100_000, Countries: 100, Alerts: 100)), 0, ct);
            case "memory":
                return [await MemoryAsync(s.Agencies, ct)];
        }

        var starter = ScenarioInput.TryLoad(s.Scenario, context);
        if (starter is null) return null;
        return name switch
        {
            "starter" => Starter(starter, s.Runs, s.Rounds, ct),
            "million" => await MillionAsync(starter, ct),
            _ => await TraceAsync(starter, s.Runs / 10, ct),
        };
    }

    private static ScenarioModel Large(int agencies) =>
        WorldGenerator.Generate(new GeneratedWorldOptions(Agencies: agencies, Countries: 100, Alerts: 200));

    /// <summary>The reference for events per second: a bare PriorityQueue&lt;int, double&gt; of 10,000 entries, pop one, push one later.</summary>
    private static List<string> PriorityQueueReference(int rounds)
    {
        const int entries = 10_000;
        const int operations = 5_000_000;
        long Loop()
        {
            var queue = new PriorityQueue<int, double>(entries);
            var random = new SimRandom(1);
            for (var i = 0; i < entries; i++) queue.Enqueue(i, random.NextDouble());
            for (var i = 0; i < operations; i++)
            {
                queue.TryDequeue(out var item, out var time);
                queue.Enqueue(item, time - Math.Log(random.NextOpenDouble()));
            }

            return operations;
        }

        var r = BenchMeasure.Interleaved(rounds, Loop)[0];
        return [Row("PriorityQueue<int,double>, 10,000 entries: pop + push", 1, 0, r)];
    }

    /// <summary>The starter scenario on one and two workers, interleaved; memory does not grow with the runs.</summary>
    private static List<string> Starter(ScenarioModel starter, int runs, int rounds, CancellationToken ct)
    {
        string? schedule = null;
        Func<long> Variant(int workers) => () =>
        {
            var run = new InProcessEngine().RunAsync(starter, new RunOptions(runs, 1, workers, KeepReplications: false), cancellationToken: ct).GetAwaiter().GetResult();
            if (workers > 1) schedule = run.Schedule;
            return run.Result.Events;
        };

        var results = BenchMeasure.Interleaved(rounds, Variant(1), Variant(2));
        return
        [
            Row($"starter {starter.Name}", 1, runs, results[0]),
            Row($"starter {starter.Name}", 2, runs, results[1], note: $"{BenchMeasure.Speedup(results[0], results[1])}; {schedule}"),
        ];
    }

    /// <summary>The event loop of the large world alone, one and two workers interleaved, with the partition balance that bounds two.</summary>
    private static List<string> KernelOnly(ScenarioModel scenario, int rounds)
    {
        var one = new KernelBenchmark(scenario, 1);
        var two = new KernelBenchmark(scenario, 2);
        // Both variants run the same replications in the same order, so their event counts match.
        var (r1, r2) = (0, 0);
        var results = BenchMeasure.Interleaved(rounds, () => one.RunReplication(1, r1++ % 3), () => two.RunReplication(1, r2++ % 3));
        var windows = two.LastWindows;
        var partitions = two.PartitionEvents;
        var busiest = partitions.Max() / (double)partitions.Sum();
        var label = $"kernel only, {scenario.World.Agencies.Count:N0} agencies × {scenario.Alerts.Count} alerts";
        return
        [
            Row(label, 1, 1, results[0]),
            Row(label, 2, 1, results[1], note: $"{BenchMeasure.Speedup(results[0], results[1])}; {partitions.Count} partitions (largest {busiest:P0} of events), "
                + $"{windows.Windows:N0} windows of {windows.EventsPerWindow:N0} events on average (largest {windows.BusiestWindow:N0}); "
                + $"window balance bounds 2 workers at {windows.SpeedupBound:0.00}×"),
        ];
    }

    /// <summary>
    /// The large world run whole (no output), then its JSON written to a file. The first run is the one a
    /// <c>coopsim run</c> makes (the first in its process), and its result is the one written; then the run is
    /// repeated <paramref name="rounds"/> times in this process for a median (none: the JSON row only). Each run reports where its time went
    /// (compile, simulate, fold, finish) and the share of it the garbage collector paused the program.
    /// </summary>
    private static async Task<List<string>> WholeRunAsync(ScenarioModel scenario, int rounds, CancellationToken ct)
    {
        SimulationRun Run() =>
            new InProcessEngine().RunAsync(scenario, new RunOptions(1, 1, 1, KeepReplications: false), cancellationToken: ct).GetAwaiter().GetResult();

        var world = $"{scenario.World.Agencies.Count:N0} agencies × {scenario.Alerts.Count} alerts";
        var pauseBefore = GC.GetTotalPauseDuration();
        SimulationRun? first = null;
        var simulate = BenchMeasure.Time(() =>
        {
            first = Run();
            return first.Result.Events;
        });
        // The run's own GC pause (the aim is about the run without the JSON), then the whole's.
        var runPause = (GC.GetTotalPauseDuration() - pauseBefore).TotalSeconds;
        var firstPhases = first!.Phases!;
        string jsonRow;
        var folder = Directory.CreateTempSubdirectory("coopsim-bench-").FullName;
        try
        {
            var path = Path.Combine(folder, "result.json");
            // The writing aim is about memory while writing: sample the working set while it goes on.
            GC.Collect();
            using var sampler = new WorkingSetSampler();
            var write = BenchMeasure.Time(() =>
            {
                CommandOutput.WriteFile(path, stream => ResultJsonWriter.Write(first.Result, stream));
                return first.Result.Events;
            });
            var writingPeak = sampler.Stop();
            var bytes = new FileInfo(path).Length;
            var pause = (GC.GetTotalPauseDuration() - pauseBefore).TotalSeconds;
            var total = simulate.WallSeconds + write.WallSeconds;
            var peak = Process.GetCurrentProcess().PeakWorkingSet64;
            jsonRow = Row($"whole run + JSON, {world}", 1, 1, [new BenchMeasure.Round(total, simulate.CpuSeconds + write.CpuSeconds, simulate.Events)], peak,
                $"run {simulate.WallSeconds:0.00} s (CPU {simulate.CpuSeconds:0.00} s, GC pause {runPause / simulate.WallSeconds:P0}), JSON {write.WallSeconds:0.0} s (CPU {write.CpuSeconds:0.0} s, {bytes / 1048576.0:N0} MiB, peak {writingPeak / 1048576.0:N0} MiB while writing); GC pause {pause / total:P0} of the whole");
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }

        first = null;
        GC.Collect();
        var again = new List<(BenchMeasure.Round Round, RunPhases Phases, double Pause)>();
        for (var r = 0; r < rounds; r++)
        {
            var before = GC.GetTotalPauseDuration();
            RunPhases? phases = null;
            var round = BenchMeasure.Time(() =>
            {
                var run = Run();
                phases = run.Phases;
                return run.Result.Events;
            });
            again.Add((round, phases!, (GC.GetTotalPauseDuration() - before).TotalSeconds / round.WallSeconds));
            GC.Collect();
        }

        await Task.CompletedTask;
        if (again.Count == 0) return [jsonRow];
        var median = new RunPhases(
            BenchMeasure.Median(again.Select(x => x.Phases.CompileSeconds)), BenchMeasure.Median(again.Select(x => x.Phases.ReplicationsSeconds)),
            BenchMeasure.Median(again.Select(x => x.Phases.FoldSeconds)), BenchMeasure.Median(again.Select(x => x.Phases.FinishSeconds)));
        return
        [
            Row($"whole run (no output), {world}", 1, 1, [.. again.Select(x => x.Round)], note:
                $"median of {rounds} runs after the first: {Describe(median)}, GC pause {BenchMeasure.Median(again.Select(x => x.Pause)):P0}; "
                + $"first run of the process (as `coopsim run`): {simulate.WallSeconds:0.00} s: {Describe(firstPhases)}, GC pause {runPause / simulate.WallSeconds:P0}"),
            jsonRow,
        ];
    }

    private static string Describe(RunPhases p) =>
        $"compile {p.CompileSeconds:0.00} s, simulate {p.SimulateSeconds:0.00} s, fold {p.FoldSeconds:0.00} s, finish {p.FinishSeconds:0.00} s";

    /// <summary>10^6 replications of the starter scenario folded as they finish: peak memory is the aim.</summary>
    private static async Task<List<string>> MillionAsync(ScenarioModel starter, CancellationToken ct)
    {
        const int runs = 1_000_000;
        var workers = Environment.ProcessorCount;
        SimulationRun? run = null;
        var round = BenchMeasure.Time(() =>
        {
            run = new InProcessEngine().RunAsync(starter, new RunOptions(runs, 1, workers, KeepReplications: false), cancellationToken: ct).GetAwaiter().GetResult();
            return run.Result.Events;
        });
        await Task.CompletedTask;
        return [Row($"starter {starter.Name}, 10^6 runs", workers, runs, [round], Process.GetCurrentProcess().PeakWorkingSet64, run!.Schedule)];
    }

    private static async Task<List<string>> TraceAsync(ScenarioModel starter, int runs, CancellationToken ct)
    {
        var o = await CoopSim.Bench.Telemetry.TelemetryOverhead.MeasureAsync(starter, Math.Max(100, runs), cancellationToken: ct);
        string TraceRow(string name, double seconds) => Row(name, 1, o.Replications, [new BenchMeasure.Round(seconds, double.NaN, o.Events)]);
        return
        [
            TraceRow("starter, tracing off", o.OffSeconds),
            TraceRow("starter, observer, nobody listening", o.UnheardSeconds),
            TraceRow($"starter, jsonl ({o.Spans:N0} spans, {o.MicrosecondsPerSpan:0.0} µs each)", o.JsonLinesSeconds),
        ];
    }

    /// <summary>100,000 alerts issued within ten minutes, so that they are all in flight at once.</summary>
    private static async Task<string> MemoryAsync(int agencies, CancellationToken ct)
    {
        var scenario = WorldGenerator.Generate(new GeneratedWorldOptions(
            Agencies: agencies, Countries: 100, Alerts: 100_000, GlobalAlerts: false,
            AlertExpiry: Duration.FromHours(1), IssueSpread: Duration.FromMinutes(10)));
        SimulationRun? run = null;
        var round = BenchMeasure.Time(() =>
        {
            run = new InProcessEngine().RunAsync(scenario, new RunOptions(1, 1, 1, KeepReplications: false), cancellationToken: ct).GetAwaiter().GetResult();
            return run.Result.Events;
        });
        await Task.CompletedTask;
        return Row($"{agencies:N0} agencies, 100,000 alerts in flight", 1, 1, [round], Process.GetCurrentProcess().PeakWorkingSet64);
    }

    private static void WriteHeader(TextWriter output)
    {
        output.WriteLine("| case | workers | runs | events | median s | spread | CPU s | events/s | events per CPU-s | runs/s | peak memory | note |");
        output.WriteLine("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|");
    }

    /// <summary>A Markdown row, so the figures can be pasted into the README as they are.</summary>
    private static string Row(string name, int workers, int runs, IReadOnlyList<BenchMeasure.Round> rounds, long? peakBytes = null, string? note = null)
    {
        static string N(double v, string f = "N0") => double.IsFinite(v) ? v.ToString(f, CultureInfo.InvariantCulture) : "";
        var wall = BenchMeasure.Median(rounds.Select(r => r.WallSeconds));
        var cpu = BenchMeasure.Median(rounds.Select(r => r.CpuSeconds));
        var events = rounds[0].Events;
        var spread = rounds.Count > 1 ? $"{N(BenchMeasure.SpreadPercent(rounds.Select(r => r.WallSeconds)), "0")}%" : "";
        var memory = peakBytes is { } b ? $"{N(b / 1048576.0)} MiB" : "";
        return $"| {name} | {workers} | {(runs > 0 ? N(runs) : "")} | {N(events)} | {N(wall, "0.000")} | {spread} | {N(cpu, "0.000")} | {N(events / wall)} | {N(events / cpu)} | {(runs > 0 ? N(runs / wall) : "")} | {memory} | {note} |";
    }
}
