using CoopSim.Model;
using CoopSim.Simulation.Results;

namespace CoopSim.Cli.Report;

/// <summary>Where the time went along each agency's usual first route: stacked bars of mean transit, office-hours wait, handling, translation and legal review.</summary>
internal static class DelayStackChart
{
    public sealed record Row(string Label, DelayBreakdown Breakdown);

    public static string Draw(string title, IReadOnlyList<Row> rows)
    {
        var svg = new Svg(760, 60 + rows.Count * 24, title);
        var maxSeconds = Math.Max(60, rows.Select(r => r.Breakdown.Total).DefaultIfEmpty(60).Max());
        var x = new Axis(0, maxSeconds / 3600, 220, 700);
        foreach (var t in x.HourTicks())
        {
            svg.Line(x[t], 10, x[t], svg.Height - 40, "grid");
            svg.Text(x[t], svg.Height - 26, HumanDuration.FromHours(t), "tick", "middle");
        }

        for (var r = 0; r < rows.Count; r++)
        {
            var b = rows[r].Breakdown;
            var y = 12 + r * 24;
            svg.Text(212, y + 13, rows[r].Label, "label", "end");
            double[] parts = [b.Held, b.Transit, b.OfficeWait, b.Queue, b.Translation, b.LegalReview];
            var at = 0.0;
            for (var i = 0; i < parts.Length; i++)
            {
                if (parts[i] <= 0) continue;
                var (name, colour) = Palette.Delays[i];
                svg.Rect(x[at / 3600], y, x[(at + parts[i]) / 3600] - x[at / 3600], 16, "point", colour, $"{rows[r].Label}: {name} {HumanDuration.Format(parts[i])}");
                at += parts[i];
            }
        }

        var legendX = 220.0;
        foreach (var (name, colour) in Palette.Delays)
        {
            svg.Rect(legendX, svg.Height - 14, 12, 10, "key", colour);
            svg.Text(legendX + 16, svg.Height - 5, name, "key-label");
            legendX += 24 + name.Length * 7;
        }

        return svg.ToString();
    }
}
