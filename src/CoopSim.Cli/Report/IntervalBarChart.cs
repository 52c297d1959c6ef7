namespace CoopSim.Cli.Report;

/// <summary>Horizontal bars with 95% interval whiskers, one group per row (a country, a subject), one bar per series.</summary>
internal static class IntervalBarChart
{
    public sealed record Bar(string Series, string Colour, double Value, double Low, double High);

    public sealed record Row(string Label, IReadOnlyList<Bar> Bars);

    public static string Draw(string title, IReadOnlyList<Row> rows, double max, Func<double, string> format)
    {
        var barsPerRow = Math.Max(1, rows.Select(r => r.Bars.Count).DefaultIfEmpty(1).Max());
        var rowHeight = 10 + 16 * barsPerRow;
        var svg = new Svg(760, 40 + rows.Count * rowHeight, title);
        var x = new Axis(0, max, 200, 700);
        foreach (var t in x.Ticks(4))
        {
            svg.Line(x[t], 10, x[t], svg.Height - 24, "grid");
            svg.Text(x[t], svg.Height - 8, format(t), "tick", "middle");
        }

        for (var r = 0; r < rows.Count; r++)
        {
            var top = 14 + r * rowHeight;
            svg.Text(192, top + rowHeight / 2.0, rows[r].Label, "label", "end");
            for (var b = 0; b < rows[r].Bars.Count; b++)
            {
                var bar = rows[r].Bars[b];
                var y = top + b * 16;
                svg.Rect(x.From, y, x[bar.Value] - x.From, 12, "point", bar.Colour, $"{rows[r].Label}, {bar.Series}: {format(bar.Value)} (95% interval {format(bar.Low)} to {format(bar.High)})");
                if (double.IsFinite(bar.Low) && double.IsFinite(bar.High)) svg.Line(x[bar.Low], y + 6, x[bar.High], y + 6, "whisker");
                svg.Text(Math.Min(x[bar.Value], x.To) + 6, y + 10, format(bar.Value), "value");
            }
        }

        return svg.ToString();
    }
}
