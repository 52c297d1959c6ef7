using System.Globalization;
using CoopSim.Model;
using CoopSim.Model.Distributions;
using CoopSim.Scenarios.Yaml;
using YamlDotNet.RepresentationModel;

namespace CoopSim.Scenarios.Binding;

/// <summary>
/// Reads a delay distribution: <c>2h</c> (fixed), or a mapping with one of <c>fixed</c>, <c>uniform: [min, max]</c>,
/// <c>exponential: {min, mean}</c>, <c>lognormal: {median, p90, min}</c>, <c>empirical: [[quantile, value], …]</c>,
/// and an optional <c>basis</c>.
/// </summary>
internal static class DistributionBinder
{
    private static readonly string[] Forms = ["fixed", "uniform", "exponential", "lognormal", "empirical"];

    /// <param name="positiveMinimum">True for channel latencies, whose minimum feeds the kernel's lookahead and must be above zero.</param>
    public static DelayDistribution? Read(string file, YamlNode node, DiagnosticBag diagnostics, string what, bool positiveMinimum)
    {
        var before = diagnostics.Count;
        var distribution = ReadForm(file, node, diagnostics, what);
        if (distribution is null || diagnostics.Count > before) return null;
        var where = YamlFile.Where(file, node);
        if (positiveMinimum && distribution.Minimum.Milliseconds <= 0)
        {
            diagnostics.Error(where, $"{what} must have a minimum above zero (got {distribution.Minimum}); every channel takes some time");
            return null;
        }

        if (distribution.Minimum.Milliseconds < 0)
        {
            diagnostics.Error(where, $"{what} cannot be negative (got {distribution.Minimum})");
            return null;
        }

        return distribution;
    }

    private static DelayDistribution? ReadForm(string file, YamlNode node, DiagnosticBag diagnostics, string what)
    {
        if (node is YamlScalarNode scalar)
        {
            if (!Duration.TryParse(scalar.Value, out var value, out var error))
            {
                diagnostics.Error(YamlFile.Where(file, node), $"{what}: {error}");
                return null;
            }

            return new FixedDelay(value);
        }

        var map = MapReader.Of(file, node, diagnostics, what);
        if (map is null) return null;
        var basis = map.String("basis");
        var present = Forms.Where(map.Has).ToArray();
        if (present.Length != 1)
        {
            diagnostics.Error(map.Location, present.Length == 0
                ? $"{what} needs one of: {string.Join(", ", Forms)} (or a plain duration such as 2h)"
                : $"{what} has more than one form ({string.Join(", ", present)}); give one");
            map.Finish(what);
            return null;
        }

        DelayDistribution? result = present[0] switch
        {
            "fixed" => map.Duration("fixed") is { } d ? new FixedDelay(d) : null,
            "uniform" => Uniform(map, what),
            "exponential" => Exponential(file, map, what),
            "lognormal" => LogNormal(file, map, what),
            _ => Empirical(map, what),
        };
        map.Finish(what);
        return result is null ? null : result with { Basis = basis };
    }

    private static DelayDistribution? Uniform(MapReader map, string what)
    {
        var bounds = map.Strings("uniform");
        if (bounds.Count != 2)
        {
            map.Diagnostics.Error(map.Where("uniform"), $"{what}: uniform takes two durations, [min, max]");
            return null;
        }

        var min = Parse(bounds[0], map.Diagnostics, what);
        var max = Parse(bounds[1], map.Diagnostics, what);
        if (min is null || max is null) return null;
        if (min > max)
        {
            map.Diagnostics.Error(bounds[0].Where, $"{what}: uniform minimum {min} is above its maximum {max}");
            return null;
        }

        return new UniformDelay(min.Value, max.Value);
    }

    private static DelayDistribution? Exponential(string file, MapReader map, string what)
    {
        var inner = MapReader.Of(file, map.Get("exponential")!, map.Diagnostics, $"{what} exponential");
        if (inner is null) return null;
        var min = inner.Duration("min", required: true);
        var mean = inner.Duration("mean", required: true);
        inner.Finish($"{what} exponential");
        if (min is null || mean is null) return null;
        if (mean <= min)
        {
            map.Diagnostics.Error(inner.Where("mean"), $"{what}: exponential mean {mean} must be above its minimum {min}");
            return null;
        }

        return new ShiftedExponentialDelay(min.Value, mean.Value);
    }

    private static DelayDistribution? LogNormal(string file, MapReader map, string what)
    {
        var inner = MapReader.Of(file, map.Get("lognormal")!, map.Diagnostics, $"{what} lognormal");
        if (inner is null) return null;
        var median = inner.Duration("median", required: true);
        var p90 = inner.Duration("p90", required: true);
        var min = inner.Duration("min", required: true);
        inner.Finish($"{what} lognormal");
        if (median is null || p90 is null || min is null) return null;
        if (median.Value.Milliseconds <= 0 || p90 <= median)
        {
            map.Diagnostics.Error(inner.Where("p90"), $"{what}: lognormal needs 0 < median < p90 (got median {median}, p90 {p90})");
            return null;
        }

        if (min > median)
        {
            map.Diagnostics.Error(inner.Where("min"), $"{what}: lognormal minimum {min} is above its median {median}");
            return null;
        }

        return new LogNormalDelay(median.Value, p90.Value, min.Value);
    }

    private static DelayDistribution? Empirical(MapReader map, string what)
    {
        var points = new List<QuantilePoint>();
        foreach (var item in map.List("empirical"))
        {
            var where = YamlFile.Where(map.File, item);
            if (item is not YamlSequenceNode { Children.Count: 2 } pair
                || pair.Children[0] is not YamlScalarNode { Value: { } q }
                || pair.Children[1] is not YamlScalarNode { Value: { } v })
            {
                map.Diagnostics.Error(where, $"{what}: each empirical point is [quantile, duration]");
                return null;
            }

            if (!double.TryParse(q, NumberStyles.Float, CultureInfo.InvariantCulture, out var quantile) || quantile is < 0 or > 1)
            {
                map.Diagnostics.Error(where, $"{what}: quantile '{q}' must be a number between 0 and 1");
                return null;
            }

            if (!Duration.TryParse(v, out var value, out var error))
            {
                map.Diagnostics.Error(where, $"{what}: {error}");
                return null;
            }

            if (points.Count > 0 && (quantile <= points[^1].Quantile || value < points[^1].Value))
            {
                map.Diagnostics.Error(where, $"{what}: empirical points must rise in both quantile and duration");
                return null;
            }

            points.Add(new QuantilePoint(quantile, value));
        }

        if (points.Count < 2 || points[0].Quantile != 0 || points[^1].Quantile != 1)
        {
            map.Diagnostics.Error(map.Where("empirical"), $"{what}: an empirical table runs from quantile 0 to quantile 1 with at least two points");
            return null;
        }

        return new EmpiricalDelay(points);
    }

    private static Duration? Parse((string Value, Model.Scenario.SourceLocation Where) item, DiagnosticBag diagnostics, string what)
    {
        if (Duration.TryParse(item.Value, out var value, out var error)) return value;
        diagnostics.Error(item.Where, $"{what}: {error}");
        return null;
    }
}
