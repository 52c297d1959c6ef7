using System.Globalization;
using CoopSim.Model;

namespace CoopSim.Scenarios.Sweeps;

/// <summary>
/// The values of one sweep axis: a list (<c>1h,2h,4h</c>) or a range (<c>1h..12h/1h</c>, <c>0..0.2/0.05</c>),
/// end included. Range points are computed as start + i·step (never accumulated), so they are exact.
/// </summary>
internal static class SweepValues
{
    /// <summary>More points than this is a typo (a step in minutes over days), not a sweep.</summary>
    public const int MaxPoints = 1000;

    public static bool TryExpand(string text, out IReadOnlyList<string> values, out string error)
    {
        values = [];
        error = string.Empty;
        var trimmed = text.Trim();
        if (trimmed.Length == 0)
        {
            error = "no values given";
            return false;
        }

        if (!trimmed.Contains("..", StringComparison.Ordinal))
        {
            var items = trimmed.Split(',').Select(v => v.Trim()).ToArray();
            if (items.Any(v => v.Length == 0))
            {
                error = $"values '{text}' have an empty item";
                return false;
            }

            if (items.FirstOrDefault(NotFinite) is { } bad)
            {
                error = $"'{bad}' is not a finite number";
                return false;
            }

            values = items;
            return true;
        }

        return TryRange(trimmed, out values, out error);
    }

    private static bool TryRange(string text, out IReadOnlyList<string> values, out string error)
    {
        values = [];
        var dots = text.IndexOf("..", StringComparison.Ordinal);
        var slash = text.IndexOf('/', dots);
        if (slash < 0)
        {
            error = $"range '{text}' needs a step, like 1h..12h/1h";
            return false;
        }

        var (from, to, step) = (text[..dots].Trim(), text[(dots + 2)..slash].Trim(), text[(slash + 1)..].Trim());
        if (Number(from) is { } a && Number(to) is { } b && Number(step) is { } s)
            return Expand(text, a, b, s, v => Math.Round(v, 9).ToString("0.#########", CultureInfo.InvariantCulture), out values, out error);
        if (Duration.TryParse(from, out var da, out _) && Duration.TryParse(to, out var db, out _) && Duration.TryParse(step, out var ds, out _))
            return Expand(text, da.Milliseconds, db.Milliseconds, ds.Milliseconds, v => new Duration((long)v).ToString(), out values, out error);
        error = $"range '{text}' must be numbers (0..0.2/0.05) or durations (1h..12h/1h)";
        return false;
    }

    private static bool Expand(string text, double from, double to, double step, Func<double, string> format,
        out IReadOnlyList<string> values, out string error)
    {
        values = [];
        error = string.Empty;
        if (step <= 0)
        {
            error = $"range '{text}' needs a step above zero";
            return false;
        }

        if (to < from)
        {
            error = $"range '{text}' ends before it starts";
            return false;
        }

        // A small tolerance so that 0..0.3/0.1 includes 0.3 despite binary fractions.
        var count = (long)Math.Floor((to - from) / step + 1e-9) + 1;
        if (count > MaxPoints)
        {
            error = $"range '{text}' has {count} points (at most {MaxPoints})";
            return false;
        }

        values = Enumerable.Range(0, (int)count).Select(i => format(from + i * step)).ToArray();
        return true;
    }

    /// <summary>NaN or ±infinity written as a value (any spelling .NET reads): never a parameter.</summary>
    private static bool NotFinite(string text) =>
        double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) && !double.IsFinite(v);

    /// <summary>A finite number: NaN or an infinity as a bound or step would make a grid of NaN rows, or none.</summary>
    private static double? Number(string text) =>
        double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) && double.IsFinite(v) ? v : null;
}
