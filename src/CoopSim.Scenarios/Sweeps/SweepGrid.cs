using CoopSim.Model.Scenario;

namespace CoopSim.Scenarios.Sweeps;

/// <summary>
/// Sweep axes from the command line (<c>PATH=VALUES</c>) or a scenario's <c>sweep:</c> block, checked against
/// the scenario, and expanded into a grid: the first axis varies slowest, the last fastest.
/// </summary>
public static class SweepGrid
{
    public static bool TryParseOption(string option, out SweepAxis? axis, out string error)
    {
        axis = null;
        var eq = option.IndexOf('=', StringComparison.Ordinal);
        if (eq <= 0)
        {
            error = $"'{option}' must be PATH=VALUES, like channels.kr-vn-desk.latency.median=1h..12h/1h";
            return false;
        }

        return TryParse(option[..eq].Trim(), [option[(eq + 1)..]], out axis, out error, out _);
    }

    /// <param name="valuesFailed">True when the path was fine and the values were not (to report the right place).</param>
    public static bool TryParse(string path, IReadOnlyList<string> valueTexts, out SweepAxis? axis, out string error, out bool valuesFailed)
    {
        axis = null;
        valuesFailed = false;
        if (!ParameterPath.TryParse(path, out var parsed, out error)) return false;
        var values = new List<string>();
        foreach (var text in valueTexts)
        {
            if (!SweepValues.TryExpand(text, out var expanded, out error))
            {
                error = $"{path}: {error}";
                valuesFailed = true;
                return false;
            }

            values.AddRange(expanded);
        }

        if (values.Count == 0)
        {
            valuesFailed = true;
            error = $"{path} has no values";
            return false;
        }

        axis = new SweepAxis(parsed!, values);
        return true;
    }

    /// <summary>Whether every value of the axis applies to the scenario; the first problem otherwise.</summary>
    public static bool Check(ScenarioModel scenario, SweepAxis axis, out string error) => Check(scenario, axis, out error, out _);

    /// <param name="valuesFailed">True when the path names something that exists and a value does not apply.</param>
    public static bool Check(ScenarioModel scenario, SweepAxis axis, out string error, out bool valuesFailed)
    {
        valuesFailed = false;
        if (!ParameterSetter.HasTarget(scenario, axis.Path, out error)) return false;
        valuesFailed = true;
        foreach (var value in axis.Values)
        {
            if (ParameterSetter.Apply(scenario, axis.Path, value, out error) is null) return false;
        }

        error = string.Empty;
        return true;
    }

    /// <summary>
    /// More grid points than this is a mistake, not a study: each point is a whole run kept until the end (three
    /// axes of 1,000 values ran out of memory; two of 501 ran for minutes growing 2.5 MB/s).
    /// </summary>
    public const int MaxGridPoints = 10_000;

    /// <summary>Whether the grid of <paramref name="axes"/> has at most <see cref="MaxGridPoints"/> points; the product otherwise.</summary>
    public static bool CheckSize(IReadOnlyList<SweepAxis> axes, out string error)
    {
        error = string.Empty;
        var total = axes.Aggregate(1.0, (product, axis) => product * axis.Values.Count);
        if (total <= MaxGridPoints) return true;
        var product = string.Join(" × ", axes.Select(a => a.Values.Count.ToString("N0", System.Globalization.CultureInfo.InvariantCulture)));
        error = FormattableString.Invariant($"the grid has {product} = {total:N0} points (at most {MaxGridPoints:N0}): use fewer values or fewer axes");
        return false;
    }

    public static IReadOnlyList<SweepPoint> Expand(IReadOnlyList<SweepAxis> axes)
    {
        if (!CheckSize(axes, out var error)) throw new ArgumentException(error, nameof(axes));
        IReadOnlyList<SweepSetting[]> points = [[]];
        foreach (var axis in axes)
            points = points.SelectMany(p => axis.Values.Select(v => p.Append(new SweepSetting(axis.Path, v)).ToArray())).ToArray();
        return points.Select(p => new SweepPoint(p)).ToArray();
    }
}
