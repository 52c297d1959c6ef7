using System.Diagnostics;
using CoopSim.Model.Scenario;
using CoopSim.Simulation.Engine;
using CoopSim.Telemetry;

namespace CoopSim.Bench.Telemetry;

/// <summary>
/// Measures what tracing costs (for <c>coopsim bench --case trace</c> and docs/telemetry.md). Rounds are
/// interleaved and the best of each kind is kept, so that the JIT's tiering and a busy shared machine
/// weigh on both sides alike; the session's start-up (building the tracer provider) is timed apart, once.
/// </summary>
public static class TelemetryOverhead
{
    public static async Task<TelemetryOverheadResult> MeasureAsync(ScenarioModel scenario, int replications, int rounds = 3, CancellationToken cancellationToken = default)
    {
        var options = new RunOptions(replications, scenario.Run.Seed, 1, ParallelMode.Replications);
        var path = Path.Combine(Path.GetTempPath(), $"coopsim-overhead-{Environment.ProcessId}.jsonl");
        try
        {
            // Warm-up: every path once, long enough for tiered JIT to reach optimised code.
            await OffAsync(scenario, options with { Replications = Math.Max(1, replications / 2) }, cancellationToken);
            await TracedAsync(scenario, options with { Replications = Math.Max(1, replications / 2) }, [$"jsonl:{path}"], path, cancellationToken);

            double off = double.MaxValue, unheard = double.MaxValue, jsonl = double.MaxValue, start = 0;
            long events = 0, spans = 0;
            for (var round = 0; round < rounds; round++)
            {
                var (offSeconds, offEvents) = await OffAsync(scenario, options, cancellationToken);
                off = Math.Min(off, offSeconds);
                events = offEvents;
                unheard = Math.Min(unheard, await UnheardAsync(scenario, options, cancellationToken));
                var traced = await TracedAsync(scenario, options, [$"jsonl:{path}"], path, cancellationToken);
                jsonl = Math.Min(jsonl, traced.Run);
                spans = traced.Spans;
                if (round == 0) start = traced.Start;
            }

            return new TelemetryOverheadResult(scenario.Name, replications, events, spans, off, unheard, jsonl, start);
        }
        finally
        {
            File.Delete(path);
        }
    }

    private static async Task<(double Seconds, long Events)> OffAsync(ScenarioModel scenario, RunOptions options, CancellationToken ct)
    {
        var watch = Stopwatch.StartNew();
        var run = await new InProcessEngine().RunAsync(scenario, options, null, null, ct);
        return (watch.Elapsed.TotalSeconds, run.Result.Events);
    }

    /// <summary>
    /// The observer attached with no tracer or meter provider listening: what the engine's hop recording costs,
    /// since the observer itself returns at once.
    /// </summary>
    private static async Task<double> UnheardAsync(ScenarioModel scenario, RunOptions options, CancellationToken ct)
    {
        var observer = new TraceObserver(scenario, TraceTimeMode.Simulated, options.Seed);
        var watch = Stopwatch.StartNew();
        await new InProcessEngine().RunAsync(scenario, options, observer, null, ct);
        return watch.Elapsed.TotalSeconds;
    }

    /// <summary>Run time includes the final flush and the move of the file into place; start-up is reported apart.</summary>
    private static async Task<(double Run, double Start, long Spans)> TracedAsync(ScenarioModel scenario, RunOptions options, string[] specs, string path, CancellationToken ct)
    {
        var watch = Stopwatch.StartNew();
        var session = TelemetrySession.Start(specs, scenario, TraceTimeMode.Simulated, TextWriter.Null, seed: options.Seed);
        var start = watch.Elapsed.TotalSeconds;
        watch.Restart();
        using (session) await new InProcessEngine().RunAsync(scenario, options, session.Observer, null, ct);
        var run = watch.Elapsed.TotalSeconds;
        File.Delete(path);
        return (run, start, session.SpansStarted);
    }
}
