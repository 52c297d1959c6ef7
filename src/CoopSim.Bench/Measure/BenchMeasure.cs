using System.Diagnostics;

namespace CoopSim.Bench.Measure;

/// <summary>
/// Timing for <c>coopsim bench</c>: wall and CPU seconds of one round, and the median and spread of rounds
/// run interleaved (A, B, A, B, …) so that a change in the machine's load hits every variant alike.
/// </summary>
public static class BenchMeasure
{
    public readonly record struct Round(double WallSeconds, double CpuSeconds, long Events);

    public static Round Time(Func<long> run)
    {
        var process = Process.GetCurrentProcess();
        var cpu = process.TotalProcessorTime;
        var watch = Stopwatch.StartNew();
        var events = run();
        watch.Stop();
        process.Refresh();
        return new Round(watch.Elapsed.TotalSeconds, (process.TotalProcessorTime - cpu).TotalSeconds, events);
    }

    /// <summary>A warm-up of every variant until the JIT has settled, then <paramref name="rounds"/> rounds of every variant in turn.</summary>
    public static List<Round>[] Interleaved(int rounds, params Func<long>[] variants)
    {
        WarmUp(variants);
        var results = variants.Select(_ => new List<Round>()).ToArray();
        for (var r = 0; r < rounds; r++)
            for (var i = 0; i < variants.Length; i++)
                results[i].Add(Time(variants[i]));
        return results;
    }

    /// <summary>
    /// Runs every variant in turn until a whole pass compiled no method and at least <see cref="MinimumWarmUp"/> has
    /// passed (or <see cref="MaximumWarmUp"/>). One pass is not enough for short variants: tiered compilation only
    /// starts recompiling hot methods after 100 ms without new first-tier code, so a case of 80 ms rounds was timed
    /// while the JIT still worked beside it (1 worker then used 1.8 CPU seconds per second and the rounds spread 270%).
    /// </summary>
    private static void WarmUp(Func<long>[] variants)
    {
        var watch = Stopwatch.StartNew();
        while (true)
        {
            var compiled = System.Runtime.JitInfo.GetCompiledMethodCount();
            foreach (var v in variants) v();
            var settled = System.Runtime.JitInfo.GetCompiledMethodCount() == compiled;
            if ((settled && watch.Elapsed >= MinimumWarmUp) || watch.Elapsed >= MaximumWarmUp) return;
        }
    }

    private static readonly TimeSpan MinimumWarmUp = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan MaximumWarmUp = TimeSpan.FromSeconds(20);

    public static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToArray();
        return sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[sorted.Length / 2 - 1] + sorted[sorted.Length / 2]) / 2;
    }

    /// <summary>
    /// How many times faster <paramref name="two"/> ran than <paramref name="one"/>: the ratio of their median wall
    /// times, and the lowest and highest ratio of a round to its own partner (rounds are interleaved, so each pair ran
    /// under the same load). On a shared machine the range says how far a neighbour moved the figure: a variant that
    /// needs both cores loses more to a busy neighbour than one that needs one.
    /// </summary>
    public static string Speedup(IReadOnlyList<Round> one, IReadOnlyList<Round> two)
    {
        var median = Median(one.Select(x => x.WallSeconds)) / Median(two.Select(x => x.WallSeconds));
        var rounds = one.Zip(two, (a, b) => a.WallSeconds / b.WallSeconds).ToArray();
        return $"{median:0.00}× of 1 worker (round by round {rounds.Min():0.00}–{rounds.Max():0.00}×)";
    }

    /// <summary>(max − min) / median, as a percentage: how much the rounds disagreed.</summary>
    public static double SpreadPercent(IEnumerable<double> values)
    {
        var list = values.ToArray();
        var median = Median(list);
        return median == 0 ? 0 : (list.Max() - list.Min()) / median * 100;
    }
}
