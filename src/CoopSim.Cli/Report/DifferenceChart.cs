namespace CoopSim.Cli.Report;

/// <summary>Paired differences (variant − base) with their 95% intervals, as `compare` computes them: a dot and a line per row, zero marked.</summary>
internal static class DifferenceChart
{
    public sealed record Row(string Label, double Difference, double Low, double High, bool Significant);

    public static string Draw(string title, IReadOnlyList<Row> rows, Func<double, string> format)
    {
        var svg = new Svg(760, 50 + rows.Count * 26, title);
        var values = rows.SelectMany(r => new[] { r.Low, r.High, r.Difference }).Where(double.IsFinite).Append(0).ToArray();
        var span = Math.Max(1e-9, values.Max() - values.Min());
        var x = new Axis(values.Min() - span * 0.1, values.Max() + span * 0.1, 220, 700);
        foreach (var t in x.Ticks(5))
        {
            svg.Line(x[t], 10, x[t], svg.Height - 24, "grid");
            svg.Text(x[t], svg.Height - 8, format(t), "tick", "middle");
        }

        svg.Line(x[0], 10, x[0], svg.Height - 24, "zero");
        for (var r = 0; r < rows.Count; r++)
        {
            var row = rows[r];
            var y = 24 + r * 26;
            svg.Text(212, y + 4, row.Label, "label", "end");
            if (!double.IsFinite(row.Difference))
            {
                svg.Text(x.From + 4, y + 4, "not defined (one side never gets there)", "value");
                continue;
            }

            if (double.IsFinite(row.Low) && double.IsFinite(row.High)) svg.Line(x[row.Low], y, x[row.High], y, "whisker");
            svg.Circle(x[row.Difference], y, 5, "point", row.Significant ? Palette.Variant : "#777777",
                $"{row.Label}: {format(row.Difference)} (95% interval {format(row.Low)} to {format(row.High)})");
        }

        return svg.ToString();
    }
}
