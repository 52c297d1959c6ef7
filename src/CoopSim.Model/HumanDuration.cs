using System.Globalization;

namespace CoopSim.Model;

/// <summary>
/// The one way CoopSim writes a duration for people, in every command and page: <c>45s</c>, <c>12m</c>,
/// <c>3h 20m</c>, <c>2d 4h</c>; <c>never</c> for +∞ (a run that never got there); a negative one with the
/// true minus sign (U+2212), the sign every difference uses. Parts are joined by a no-break space, so a
/// table never wraps a value in the middle.
/// </summary>
public static class HumanDuration
{
    public const string Minus = "\u2212";
    public const string NoBreakSpace = "\u00A0";

    public static string Format(double seconds) => Format(seconds, NoBreakSpace);

    /// <summary>As <see cref="Format(double)"/>, with <paramref name="space"/> between the parts (a plain space for machine-read text).</summary>
    public static string Format(double seconds, string space)
    {
        if (double.IsNaN(seconds)) return "—";
        if (double.IsPositiveInfinity(seconds)) return "never";
        if (double.IsNegativeInfinity(seconds)) return Minus + "∞";
        var negative = seconds < 0;
        var s = Math.Abs(seconds);
        string text;
        if (s < 60) text = $"{Math.Floor(s).ToString("0", CultureInfo.InvariantCulture)}s";
        else if (s < 3600) text = $"{Math.Floor(s / 60).ToString(CultureInfo.InvariantCulture)}m";
        else if (s < 86400)
        {
            var h = Math.Floor(s / 3600);
            var m = Math.Floor((s - h * 3600) / 60);
            text = m > 0 ? $"{h}h{space}{m}m" : $"{h}h";
        }
        else
        {
            var d = Math.Floor(s / 86400);
            var h = Math.Floor((s - d * 86400) / 3600);
            text = h > 0 ? $"{d}d{space}{h}h" : $"{d}d";
        }

        return negative && text != "0s" ? Minus + text : text;
    }

    public static string FromHours(double hours) => Format(hours * 3600);

    /// <summary>A limit in words for a sentence: 1d → "a day", 2d → "2 days", 12h → "12 hours", 90m → "1h 30m".</summary>
    public static string InWords(Duration duration)
    {
        var ms = duration.Milliseconds;
        (long Unit, string One, string Many)[] units =
        [
            (Duration.MillisecondsPerDay * 7, "a week", "weeks"), (Duration.MillisecondsPerDay, "a day", "days"),
            (Duration.MillisecondsPerHour, "an hour", "hours"), (Duration.MillisecondsPerMinute, "a minute", "minutes"),
        ];
        foreach (var (unit, one, many) in units)
        {
            if (ms <= 0 || ms % unit != 0) continue;
            var count = ms / unit;
            return count == 1 ? one : $"{count.ToString(CultureInfo.InvariantCulture)} {many}";
        }

        return Format(duration.TotalSeconds);
    }
}
