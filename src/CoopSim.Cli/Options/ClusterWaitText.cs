using System.Globalization;
using System.Text.RegularExpressions;

namespace CoopSim.Cli.Options;

/// <summary>
/// <c>--cluster-wait DURATION</c>: how long a client of a cluster waits for it to come back (no silo answered yet, or
/// every silo gone) before it gives up. A whole number of seconds, or with a unit: <c>90</c>, <c>90s</c>, <c>2m</c>, <c>1h</c>.
/// </summary>
internal static partial class ClusterWaitText
{
    public const string Name = "--cluster-wait";

    public static readonly TimeSpan Default = TimeSpan.FromSeconds(60);

    /// <summary>A day: longer than anyone waits for a cluster, and far from TimeSpan's overflow.</summary>
    private static readonly TimeSpan Most = TimeSpan.FromDays(1);

    /// <exception cref="CliException">One line naming the option and what it takes.</exception>
    public static TimeSpan Parse(string? text)
    {
        if (text is null) return Default;
        var match = Duration().Match(text.Trim());
        if (match.Success && long.TryParse(match.Groups[1].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var amount) && amount <= Most.TotalSeconds)
        {
            var wait = match.Groups[2].Value switch
            {
                "m" => TimeSpan.FromMinutes(amount),
                "h" => TimeSpan.FromHours(amount),
                _ => TimeSpan.FromSeconds(amount),
            };
            if (wait <= Most) return wait;
        }

        throw new CliException($"coopsim: error: {Name} must be a duration from 0 to 24h, such as 60s, 90 or 2m (got '{text}')");
    }

    [GeneratedRegex("^([0-9]{1,6})(s|m|h)?$", RegexOptions.CultureInvariant)]
    private static partial Regex Duration();
}
