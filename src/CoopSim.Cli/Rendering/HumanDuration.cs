using System.Globalization;

namespace CoopSim.Cli.Rendering;

/// <summary>Seconds as a planner reads them: <c>45s</c>, <c>12m</c>, <c>3h 20m</c>, <c>2d 4h</c>.</summary>
public static class HumanDuration
{
    public static string Format(double seconds)
    {
        if (double.IsNaN(seconds)) return "—";
        var negative = seconds < 0;
        var s = Math.Abs(seconds);
        string text;
        if (s < 60) text = $"{s.ToString("0", CultureInfo.InvariantCulture)}s";
        else if (s < 3600) text = $"{Math.Floor(s / 60).ToString(CultureInfo.InvariantCulture)}m";
        else if (s < 86400)
        {
            var h = Math.Floor(s / 3600);
            var m = Math.Floor((s - h * 3600) / 60);
            text = m > 0 ? $"{h}h {m}m" : $"{h}h";
        }
        else
        {
            var d = Math.Floor(s / 86400);
            var h = Math.Floor((s - d * 86400) / 3600);
            text = h > 0 ? $"{d}d {h}h" : $"{d}d";
        }

        return negative ? "-" + text : text;
    }
}
