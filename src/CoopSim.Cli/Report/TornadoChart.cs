namespace CoopSim.Cli.Report;

/// <summary>
/// A tornado chart: per input, a bar from the answer as written to the answer with that input at the low end of its
/// range and one to the answer at its high end (every other input as written), widest first, the answer as
/// written marked by a dashed line.
/// </summary>
internal static class TornadoChart
{
    public sealed record Row(string Label, double AtLow, double AtHigh);

    public const string LowColour = "#56B4E9";
    public const string HighColour = "#D55E00";

    public static string Draw(string title, double baseline, IReadOnlyList<Row> rows, Func<double, string> format)
    {
        var sorted = rows.OrderByDescending(r => Math.Abs(r.AtHigh - r.AtLow)).ToArray();
        var svg = new Svg(760, 64 + sorted.Length * 26, title);
        var values = sorted.SelectMany(r => new[] { r.AtLow, r.AtHigh }).Append(baseline).Where(double.IsFinite).ToArray();
        var span = Math.Max(1e-9, values.Max() - values.Min());
        var x = new Axis(values.Min() - span * 0.08, values.Max() + span * 0.08, 290, 740);
        foreach (var t in x.Ticks(5))
        {
            svg.Line(x[t], 22, x[t], svg.Height - 24, "grid");
            svg.Text(x[t], svg.Height - 8, format(t), "tick", "middle");
        }

        svg.Rect(290, 4, 10, 10, "key", LowColour);
        svg.Text(304, 13, "input at the low end of its range", "key-label");
        svg.Rect(520, 4, 10, 10, "key", HighColour);
        svg.Text(534, 13, "at the high end", "key-label");
        for (var r = 0; r < sorted.Length; r++)
        {
            var row = sorted[r];
            var y = 30 + r * 26;
            svg.Text(282, y + 12, row.Label, "label", "end");
            Bar(svg, x, baseline, row.AtLow, y + 1, LowColour, $"{row.Label} at the low end: {format(row.AtLow)}");
            Bar(svg, x, baseline, row.AtHigh, y + 9, HighColour, $"{row.Label} at the high end: {format(row.AtHigh)}");
        }

        svg.Line(x[baseline], 22, x[baseline], svg.Height - 24, "zero");
        return svg.ToString();
    }

    private static void Bar(Svg svg, Axis x, double baseline, double value, double y, string colour, string tip)
    {
        if (!double.IsFinite(value)) return;
        var (a, b) = (x[Math.Min(baseline, value)], x[Math.Max(baseline, value)]);
        svg.Rect(a, y, Math.Max(1.5, b - a), 8, "point", colour, tip);
    }
}
