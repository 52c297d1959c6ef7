using System.Globalization;
using System.Text;

namespace CoopSim.Model;

/// <summary>
/// A span of simulated time with millisecond resolution. Integers keep simulated arithmetic exact, so
/// results cannot drift with the order in which delays are added up.
/// </summary>
public readonly record struct Duration(long Milliseconds) : IComparable<Duration>
{
    public const long MillisecondsPerSecond = 1000;
    public const long MillisecondsPerMinute = 60 * MillisecondsPerSecond;
    public const long MillisecondsPerHour = 60 * MillisecondsPerMinute;
    public const long MillisecondsPerDay = 24 * MillisecondsPerHour;

    public static readonly Duration Zero = new(0);

    /// <summary>
    /// The longest duration a file may write: 36,525 days (about 100 years). Far beyond any horizon a question
    /// about alerts needs, and small enough that adding a handful of them to a simulated time can never overflow.
    /// </summary>
    public const long MaxMilliseconds = 36_525 * MillisecondsPerDay;

    public static readonly Duration MaxValue = new(MaxMilliseconds);

    public static Duration FromSeconds(double seconds) => new((long)Math.Round(seconds * MillisecondsPerSecond));
    public static Duration FromMinutes(double minutes) => FromSeconds(minutes * 60);
    public static Duration FromHours(double hours) => FromSeconds(hours * 3600);
    public static Duration FromDays(double days) => FromSeconds(days * 86400);

    public double TotalSeconds => Milliseconds / (double)MillisecondsPerSecond;
    public double TotalHours => Milliseconds / (double)MillisecondsPerHour;

    public int CompareTo(Duration other) => Milliseconds.CompareTo(other.Milliseconds);

    public static bool operator <(Duration a, Duration b) => a.Milliseconds < b.Milliseconds;
    public static bool operator >(Duration a, Duration b) => a.Milliseconds > b.Milliseconds;
    public static bool operator <=(Duration a, Duration b) => a.Milliseconds <= b.Milliseconds;
    public static bool operator >=(Duration a, Duration b) => a.Milliseconds >= b.Milliseconds;
    public static Duration operator +(Duration a, Duration b) => new(a.Milliseconds + b.Milliseconds);
    public static Duration operator -(Duration a, Duration b) => new(a.Milliseconds - b.Milliseconds);
    public static Duration operator *(Duration a, long factor) => new(a.Milliseconds * factor);

    /// <summary>
    /// Parses durations written as one or more number-unit pairs: <c>500ms</c>, <c>90s</c>, <c>15m</c>,
    /// <c>2h</c>, <c>3d</c>, <c>1w</c>, <c>1h30m</c>, <c>1.5h</c>. A leading minus sign is accepted so that the
    /// validator, not the parser, can say that a latency must be positive.
    /// </summary>
    public static bool TryParse(string? text, out Duration value, out string error)
    {
        value = Zero;
        error = string.Empty;
        if (string.IsNullOrWhiteSpace(text))
        {
            error = "a duration is empty; write it like 90s, 15m, 2h or 3d";
            return false;
        }

        var s = text.Trim();
        var negative = false;
        if (s[0] == '-')
        {
            negative = true;
            s = s[1..].TrimStart();
        }

        double total = 0;
        var i = 0;
        var parts = 0;
        while (i < s.Length)
        {
            var start = i;
            while (i < s.Length && (char.IsAsciiDigit(s[i]) || s[i] == '.')) i++;
            if (start == i)
            {
                error = $"'{text}' is not a duration; write it like 90s, 15m, 2h or 3d";
                return false;
            }

            var number = s[start..i];
            var unitStart = i;
            while (i < s.Length && char.IsAsciiLetter(s[i])) i++;
            var unit = s[unitStart..i];
            var perUnit = unit switch
            {
                "ms" => 1L,
                "s" => MillisecondsPerSecond,
                "m" or "min" => MillisecondsPerMinute,
                "h" => MillisecondsPerHour,
                "d" => MillisecondsPerDay,
                "w" => 7 * MillisecondsPerDay,
                _ => -1L,
            };
            if (perUnit < 0)
            {
                error = unit.Length == 0
                    ? $"'{text}' has no unit; write it like 90s, 15m, 2h or 3d"
                    : $"'{text}' has an unknown unit '{unit}'; use ms, s, m, h, d or w";
                return false;
            }

            if (!double.TryParse(number, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var amount))
            {
                error = $"'{text}' is not a duration; write it like 90s, 15m, 2h or 3d";
                return false;
            }

            total += Math.Round(amount * perUnit);
            if (!(total <= MaxMilliseconds))
            {
                error = $"'{text}' is longer than the longest duration allowed, 36525d (about 100 years)";
                return false;
            }

            parts++;
            while (i < s.Length && s[i] == ' ') i++;
        }

        value = new Duration(negative ? -(long)total : (long)total);
        return parts > 0;
    }

    public static Duration Parse(string text) =>
        TryParse(text, out var value, out var error) ? value : throw new FormatException(error);

    /// <summary>Formats compactly and exactly, so that <see cref="Parse"/> gives the same value back.</summary>
    public override string ToString()
    {
        if (Milliseconds == 0) return "0s";
        var sb = new StringBuilder();
        var ms = Milliseconds;
        if (ms < 0)
        {
            sb.Append('-');
            ms = -ms;
        }

        Append(ref ms, MillisecondsPerDay, "d", sb);
        Append(ref ms, MillisecondsPerHour, "h", sb);
        Append(ref ms, MillisecondsPerMinute, "m", sb);
        Append(ref ms, MillisecondsPerSecond, "s", sb);
        if (ms > 0) sb.Append(ms.ToString(CultureInfo.InvariantCulture)).Append("ms");
        return sb.ToString();

        static void Append(ref long remaining, long unit, string suffix, StringBuilder builder)
        {
            if (remaining < unit) return;
            builder.Append((remaining / unit).ToString(CultureInfo.InvariantCulture)).Append(suffix);
            remaining %= unit;
        }
    }
}
