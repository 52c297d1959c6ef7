using System.Diagnostics;

namespace CoopSim.Cli.Commands;

/// <summary>
/// Timing for <c>coopsim bench</c>: wall and CPU seconds of one round, and the median and spread of rounds
/// run interleaved (A, B, A, B, …) so that a change in the machine's load hits every variant alike.
/// </summary>
internal static class BenchMeasure
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

    /// <summary>One warm-up of each variant, then <paramref name="rounds"/> rounds of every variant in turn.</summary>
    public static List<Round>[] Interleaved(int rounds, params Func<long>[] variants)
    {
        foreach (var v in variants) v();
        var results = variants.Select(_ => new List<Round>()).ToArray();
        for (var r = 0; r < rounds; r++)
            for (var i = 0; i < variants.Length; i++)
                results[i].Add(Time(variants[i]));
        return results;
    }

    public static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToArray();
        return sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[sorted.Length / 2 - 1] + sorted[sorted.Length / 2]) / 2;
    }

    /// <summary>(max − min) / median, as a percentage: how much the rounds disagreed.</summary>
    public static double SpreadPercent(IEnumerable<double> values)
    {
        var list = values.ToArray();
        var median = Median(list);
        return median == 0 ? 0 : (list.Max() - list.Min()) / median * 100;
    }
}
