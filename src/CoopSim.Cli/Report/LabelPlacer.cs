namespace CoopSim.Cli.Report;

/// <summary>
/// Places centred labels next to their marks without overlapping each other or leaving the chart: each label
/// tries above, below, right and left of its mark, and is shifted inside the chart's width. Widths are estimated
/// from the character count at the label's font size (system-ui averages under 0.62 em a character), generous
/// so that the real glyphs fit inside; the report's Chromium test measures the real boxes.
/// </summary>
internal sealed class LabelPlacer(double width, double height, double fontSize)
{
    private readonly List<(double X0, double Y0, double X1, double Y1)> _placed = [];
    private readonly List<(double X0, double Y0, double X1, double Y1)> _marks = [];

    /// <summary>A mark labels should keep clear of where they can (a country's circle); never at the cost of two labels overlapping.</summary>
    public void Avoid(double x, double y, double radius) => _marks.Add((x - radius, y - radius, x + radius, y + radius));

    /// <returns>The baseline centre of the label for a mark of <paramref name="radius"/> at (<paramref name="x"/>, <paramref name="y"/>).</returns>
    public (double X, double Y) Place(double x, double y, double radius, string text)
    {
        var w = text.Length * fontSize * 0.62 + 4;
        var h = fontSize * 1.25;
        var offsets = new (double Dx, double Dy)[]
        {
            (0, -radius - 4), (0, radius + h), (radius + 4 + w / 2, h / 3), (-radius - 4 - w / 2, h / 3),
            (0, -radius - 4 - h), (0, radius + 2 * h), (radius + 4 + w / 2, h / 3 + h), (-radius - 4 - w / 2, h / 3 + h),
        };
        var candidates = offsets.Select(o =>
        {
            var cx = Math.Clamp(x + o.Dx, w / 2 + 2, width - w / 2 - 2);
            var baseline = Math.Clamp(y + o.Dy, h + 2, height - 4);
            return (X: cx, Y: baseline, Box: (cx - w / 2, baseline - h, cx + w / 2, baseline + h * 0.25));
        }).ToArray();

        // Clear of labels and marks; else clear of labels; else the first place.
        var chosen = candidates.FirstOrDefault(c => !_placed.Any(p => Overlaps(p, c.Box)) && !_marks.Any(m => Overlaps(m, c.Box)));
        if (chosen == default) chosen = candidates.FirstOrDefault(c => !_placed.Any(p => Overlaps(p, c.Box)));
        if (chosen == default) chosen = candidates[0];
        _placed.Add(chosen.Box);
        return (chosen.X, chosen.Y);
    }

    private static bool Overlaps((double X0, double Y0, double X1, double Y1) a, (double X0, double Y0, double X1, double Y1) b) =>
        a.X0 < b.X1 && b.X0 < a.X1 && a.Y0 < b.Y1 && b.Y0 < a.Y1;
}
