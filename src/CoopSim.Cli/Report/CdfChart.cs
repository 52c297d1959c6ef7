using CoopSim.Cli.Rendering;
using CoopSim.Model;
using CoopSim.Simulation.Statistics;

namespace CoopSim.Cli.Report;

/// <summary>
/// Time-to-act curves: for each series, the share of all runs in which the target could act by time t (an
/// empirical CDF over every run, so a curve that stops below 100% shows the runs that never got there), with a
/// 95% Dvoretzky–Kiefer–Wolfowitz band: ε = √(ln(2/0.05) / 2n) either side. A series with
/// <see cref="Series.InputPoints"/> (report --uncertainty) also gets the wider band of input uncertainty: at each time,
/// the 2.5–97.5% range of the curves of the settings of the uncertain inputs, each from its own runs.
/// </summary>
internal static class CdfChart
{
    /// <param name="InputPoints">Per setting of the uncertain inputs, the hours of its runs; null without input uncertainty.</param>
    public sealed record Series(string Label, string Colour, IReadOnlyList<double> Hours, IReadOnlyList<double[]>? InputPoints = null);

    /// <summary>Times at which the input band is evaluated across the chart.</summary>
    private const int BandSteps = 240;

    public static string Draw(string title, IReadOnlyList<Series> series, double horizonHours)
    {
        var svg = new Svg(760, 320, title);
        var finite = series.SelectMany(s => s.Hours).Where(double.IsFinite).ToArray();
        var maxHours = finite.Length == 0 ? 1 : Math.Min(horizonHours, Percentile(finite, 0.99) * 1.1);
        var x = new Axis(0, Math.Max(1, maxHours), 60, 520);
        var y = new Axis(0, 1, 280, 20);
        Frame(svg, x, y);
        var row = 0;
        foreach (var s in series)
        {
            var sorted = s.Hours.Order().ToArray();
            var n = sorted.Length;
            if (n == 0) continue;
            var eps = Math.Sqrt(Math.Log(2 / 0.05) / (2.0 * n));
            var steps = new List<(double H, double P)> { (0, 0) };
            for (var i = 0; i < n; i++)
                if (double.IsFinite(sorted[i]) && (i + 1 == n || sorted[i + 1] != sorted[i])) steps.Add((sorted[i], (i + 1) / (double)n));
            steps.Add((x.Max, steps[^1].P));

            if (s.InputPoints is { Count: >= 2 } settings) InputBand(svg, x, y, settings, s.Colour);
            var upper = string.Join(" ", steps.Select((p, i) => $"{(i == 0 ? "M" : "L")}{Svg.N(x[p.H])},{Svg.N(y[Math.Min(1, p.P + eps)])}"));
            var lower = string.Join(" ", steps.AsEnumerable().Reverse().Select(p => $"L{Svg.N(x[p.H])},{Svg.N(y[Math.Max(0, p.P - eps)])}"));
            svg.Path(upper + " " + lower + " Z", "band", fill: s.Colour);
            var line = string.Join(" ", steps.Select((p, i) => i == 0 ? $"M{Svg.N(x[p.H])},{Svg.N(y[p.P])}" : $"H{Svg.N(x[p.H])} V{Svg.N(y[p.P])}"));
            svg.Path(line, "curve", stroke: s.Colour);

            // A marker at each decile the curve reaches: the points a reader can hover for the figure.
            foreach (var q in new[] { 0.1, 0.25, 0.5, 0.75, 0.9 })
            {
                var value = sorted[Math.Clamp((int)Math.Ceiling(q * n) - 1, 0, n - 1)];
                if (!double.IsFinite(value)) continue;
                svg.Circle(x[value], y[q], 3.5, "point", s.Colour, $"{s.Label}: {Percent.Of(q)} of runs by {HumanDuration.FromHours(value)}");
            }

            var reached = sorted.Count(double.IsFinite) / (double)n;
            svg.Rect(532, 30 + row * 18, 14, 4, "key", s.Colour);
            svg.Text(550, 36 + row * 18, $"{s.Label} ({Percent.Of(reached)} reached)", "key-label");
            row++;
        }

        if (series.FirstOrDefault(s => s.InputPoints is { Count: >= 2 }) is { } uncertain)
        {
            // Which band is which, in words: the narrow one is the runs' chance alone.
            svg.Rect(532, 30 + row * 18, 14, 8, "band", uncertain.Colour);
            svg.Text(550, 37 + row * 18, "band: the runs' chance (95%)", "key-label");
            row++;
            svg.Rect(532, 30 + row * 18, 14, 8, "band-inputs", uncertain.Colour);
            svg.Text(550, 37 + row * 18, "wider: + uncertain inputs", "key-label");
        }

        return svg.ToString();
    }

    /// <summary>At each time, the 2.5–97.5% range over the settings of each setting's share of runs that could act by then.</summary>
    private static void InputBand(Svg svg, Axis x, Axis y, IReadOnlyList<double[]> settings, string colour)
    {
        var sorted = settings.Where(p => p.Length > 0).Select(p => p.Order().ToArray()).ToArray();
        if (sorted.Length < 2) return;
        var band = new List<(double H, double Low, double High)>();
        for (var k = 0; k <= BandSteps; k++)
        {
            var t = x.Max * k / BandSteps;
            var shares = sorted.Select(p => Share(p, t)).Order().ToArray();
            band.Add((t, Quantiles.Interpolated(shares, 0.025), Quantiles.Interpolated(shares, 0.975)));
        }

        var upper = string.Join(" ", band.Select((b, i) => $"{(i == 0 ? "M" : "L")}{Svg.N(x[b.H])},{Svg.N(y[b.High])}"));
        var lower = string.Join(" ", band.AsEnumerable().Reverse().Select(b => $"L{Svg.N(x[b.H])},{Svg.N(y[b.Low])}"));
        svg.Path(upper + " " + lower + " Z", "band-inputs", stroke: colour, fill: colour);
    }

    /// <summary>The share of <paramref name="sorted"/> at most <paramref name="hours"/> (never-reached runs are +∞).</summary>
    private static double Share(double[] sorted, double hours)
    {
        int lo = 0, hi = sorted.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) / 2;
            if (sorted[mid] <= hours) lo = mid + 1;
            else hi = mid;
        }

        return lo / (double)sorted.Length;
    }

    private static void Frame(Svg svg, Axis x, Axis y)
    {
        foreach (var t in x.HourTicks())
        {
            svg.Line(x[t], y.From, x[t], y.To, "grid");
            svg.Text(x[t], y.From + 16, HumanDuration.FromHours(t), "tick", "middle");
        }

        foreach (var t in new[] { 0, 0.25, 0.5, 0.75, 1 })
        {
            svg.Line(x.From, y[t], x.To, y[t], "grid");
            svg.Text(x.From - 6, y[t] + 4, Percent.Of(t), "tick", "end");
        }

        svg.Text((x.From + x.To) / 2, y.From + 34, "time since the alert was issued", "axis-label", "middle");
    }

    private static double Percentile(double[] values, double q)
    {
        var sorted = values.Order().ToArray();
        return sorted[Math.Clamp((int)Math.Ceiling(q * sorted.Length) - 1, 0, sorted.Length - 1)];
    }
}
