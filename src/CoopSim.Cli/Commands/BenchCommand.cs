using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using CoopSim.Model;
using CoopSim.Model.Scenario;
using CoopSim.Simulation.Engine;
using CoopSim.Simulation.Generation;
using CoopSim.Simulation.Validation;

namespace CoopSim.Cli.Commands;

/// <summary>
/// <c>coopsim bench</c>: events and replications per second on the starter scenario and on a generated
/// 10,000-agency world, and the memory of 100,000 alerts in flight. Wall-clock timing lives here, outside
/// the simulation.
/// </summary>
public static class BenchCommand
{
    public static Command Create(CliContext context)
    {
        var scenario = new Option<string>("--scenario") { Description = "Starter scenario to time.", DefaultValueFactory = _ => "scenarios/korea-desk-wanted.yaml" };
        var cases = new Option<string>("--case") { Description = "starter, large, memory, trace, all, or validation (writes docs/validation.md's Markdown).", DefaultValueFactory = _ => "all" };
        cases.AcceptOnlyFromAmong("starter", "large", "memory", "trace", "validation", "all");
        var agencies = new Option<int>("--agencies") { Description = "Agencies in the generated world.", DefaultValueFactory = _ => 10_000 };
        var runs = new Option<int>("--runs") { Description = "Replications of the starter scenario.", DefaultValueFactory = _ => 4000 };
        var command = new Command("bench", "Measure simulation speed and memory; prints a table.") { scenario, cases, agencies, runs };
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

            var rows = new List<BenchRow>();
            if (which is "memory" or "all") rows.Add(await MemoryAsync(parse.GetValue(agencies), ct));
            if (which is "starter" or "all")
            {
                var starter = ScenarioInput.TryLoad(parse.GetValue(scenario)!, context);
                if (starter is null) return ExitCodes.BadInput;
                var n = parse.GetValue(runs);
                await RunAsync(rows, "starter", starter, n, 1, ParallelMode.Replications, ct); // warm-up
                rows.Clear();
                if (which == "all") rows.Add(await MemoryAsync(parse.GetValue(agencies), ct));
                rows.Add(await RunAsync(rows, "starter: " + starter.Name, starter, n, 1, ParallelMode.Replications, ct));
                rows.Add(await RunAsync(rows, "starter: " + starter.Name, starter, n, 2, ParallelMode.Replications, ct));
            }

            if (which is "trace" or "all")
            {
                var starter = ScenarioInput.TryLoad(parse.GetValue(scenario)!, context);
                if (starter is null) return ExitCodes.BadInput;
                var o = await Telemetry.TelemetryOverhead.MeasureAsync(starter, parse.GetValue(runs), cancellationToken: ct);
                BenchRow Row(string name, double seconds) => new(name, starter.World.Agencies.Count, starter.Alerts.Count, o.Replications, 1, o.Events, seconds,
                    o.Events / seconds, o.Replications / seconds, null);
                rows.Add(Row("starter, tracing off", o.OffSeconds));
                rows.Add(Row("starter, observer, nobody listening", o.UnheardSeconds));
                rows.Add(Row($"starter, jsonl ({o.Spans:N0} spans, {o.MicrosecondsPerSpan:0.0} µs each)", o.JsonLinesSeconds));
            }

            if (which is "large" or "all")
            {
                var large = WorldGenerator.Generate(new GeneratedWorldOptions(Agencies: parse.GetValue(agencies), Countries: 100, Alerts: 200));
                var label = $"generated {large.World.Agencies.Count:N0} agencies, 200 alerts";
                rows.Add(KernelOnly(label + " (kernel only)", large, 1));
                rows.Add(KernelOnly(label + " (kernel only)", large, 2));
                rows.Add(await RunAsync(rows, label + " (whole run)", large, 1, 1, ParallelMode.Windows, ct));
                rows.Add(await RunAsync(rows, label + " (whole run)", large, 1, 2, ParallelMode.Windows, ct));
            }

            Render(context.RawOut, rows);
            return ExitCodes.Ok;
        });
        return command;
    }

    private static async Task<BenchRow> RunAsync(List<BenchRow> rows, string name, ScenarioModel scenario, int replications, int workers,
        ParallelMode mode, CancellationToken ct)
    {
        _ = rows;
        var engine = new InProcessEngine();
        var watch = Stopwatch.StartNew();
        var run = await engine.RunAsync(scenario, new RunOptions(replications, 1, workers, mode), cancellationToken: ct);
        watch.Stop();
        var seconds = watch.Elapsed.TotalSeconds;
        return new BenchRow(name, scenario.World.Agencies.Count, scenario.Alerts.Count, replications, workers, run.Result.Events, seconds,
            run.Result.Events / seconds, replications / seconds, null);
    }

    /// <summary>The event loop alone: the best of three replications after a warm-up one.</summary>
    private static BenchRow KernelOnly(string name, ScenarioModel scenario, int workers)
    {
        var kernel = new KernelBenchmark(scenario, workers);
        kernel.RunReplication(1, 0);
        var best = double.MaxValue;
        long events = 0;
        for (var r = 1; r <= 3; r++)
        {
            var watch = Stopwatch.StartNew();
            events = kernel.RunReplication(1, r);
            best = Math.Min(best, watch.Elapsed.TotalSeconds);
        }

        return new BenchRow(name, scenario.World.Agencies.Count, scenario.Alerts.Count, 1, workers, events, best, events / best, 1 / best, null);
    }

    /// <summary>100,000 alerts issued within ten minutes, so that they are all in flight at once.</summary>
    private static async Task<BenchRow> MemoryAsync(int agencies, CancellationToken ct)
    {
        var scenario = WorldGenerator.Generate(new GeneratedWorldOptions(
            Agencies: agencies, Countries: 100, Alerts: 100_000, GlobalAlerts: false,
            AlertExpiry: Duration.FromHours(1), IssueSpread: Duration.FromMinutes(10)));
        GC.Collect();
        var before = Process.GetCurrentProcess().WorkingSet64;
        var watch = Stopwatch.StartNew();
        var run = await new InProcessEngine().RunAsync(scenario, new RunOptions(1, 1, 1), cancellationToken: ct);
        watch.Stop();
        var peak = Process.GetCurrentProcess().PeakWorkingSet64;
        _ = before;
        return new BenchRow($"{agencies:N0} agencies, 100,000 alerts in flight", scenario.World.Agencies.Count, scenario.Alerts.Count, 1, 1,
            run.Result.Events, watch.Elapsed.TotalSeconds, run.Result.Events / watch.Elapsed.TotalSeconds, 1 / watch.Elapsed.TotalSeconds, peak);
    }

    /// <summary>A Markdown table, so the figures can be pasted into the README as they are.</summary>
    private static void Render(TextWriter output, IEnumerable<BenchRow> rows)
    {
        string N(double v, string f = "N0") => v.ToString(f, CultureInfo.InvariantCulture);
        output.WriteLine("| case | agencies | alerts | runs | workers | events | seconds | events/s | runs/s | peak memory |");
        output.WriteLine("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var r in rows)
        {
            var memory = r.PeakBytes is { } b ? $"{N(b / (1024.0 * 1024))} MiB" : "";
            output.WriteLine($"| {r.Name} | {N(r.Agencies)} | {N(r.Alerts)} | {N(r.Replications)} | {r.Workers} | {N(r.Events)} | {N(r.Seconds, "0.000")} | {N(r.EventsPerSecond)} | {N(r.ReplicationsPerSecond)} | {memory} |");
        }

        output.WriteLine($"{Environment.ProcessorCount} cores, .NET {Environment.Version}");
        output.Flush();
    }

    private sealed record BenchRow(string Name, int Agencies, int Alerts, int Replications, int Workers, long Events, double Seconds,
        double EventsPerSecond, double ReplicationsPerSecond, long? PeakBytes);
}
