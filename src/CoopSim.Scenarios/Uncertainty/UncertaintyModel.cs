using System.Globalization;
using CoopSim.Model;
using CoopSim.Model.Scenario;
using CoopSim.Scenarios.Sweeps;

namespace CoopSim.Scenarios.Uncertainty;

/// <summary>
/// A scenario's uncertain inputs, resolved against its world: each path entry one input, each whole-world rule
/// one input per delay it covers (a delay a path entry already names is left to the path). <see cref="ApplyTo"/>
/// turns a point of the unit cube — one coordinate per input — into the scenario with those values; a NaN
/// coordinate leaves its input as the scenario has it.
/// </summary>
public sealed record UncertaintyModel(IReadOnlyList<UncertainInput> Inputs)
{
    /// <summary>Properties a path entry may vary: the numeric ones of the sweep grammar (hours are not a number).</summary>
    public static readonly IReadOnlyList<string> NumericProperties = ["latency.median", "latency", "loss", "handling.median", "from", "until", "arrives", "at"];

    public ScenarioModel ApplyTo(ScenarioModel scenario, IReadOnlyList<double> point) => ChangesAt(point).ApplyTo(scenario);

    /// <summary>The point as changes: each delay input's factor, then each path input's value as the scenario format writes it.</summary>
    public ScenarioChanges ChangesAt(IReadOnlyList<double> point)
    {
        if (point.Count != Inputs.Count) throw new ArgumentException($"{point.Count} coordinates for {Inputs.Count} inputs", nameof(point));
        var factors = new List<DelayFactor>();
        var settings = new List<SweepSetting>();
        for (var i = 0; i < Inputs.Count; i++)
            if (Inputs[i].Delay is { } target && !double.IsNaN(point[i])) factors.Add(new DelayFactor(target, Inputs[i].Range.At(point[i])));
        for (var i = 0; i < Inputs.Count; i++)
            if (Inputs[i].Path is { } path && !double.IsNaN(point[i])) settings.Add(new SweepSetting(path, Inputs[i].Range.Format(Inputs[i].Range.At(point[i]))));
        return new ScenarioChanges([], factors, settings);
    }

    /// <summary>The scenario's own <c>uncertainty:</c> block, resolved; problems go to <paramref name="error"/> with where they were written.</summary>
    public static UncertaintyModel Resolve(ScenarioModel scenario, Action<SourceLocation, string> error) =>
        Resolve(scenario, scenario.Uncertainty ?? [], error);

    public static UncertaintyModel Resolve(ScenarioModel scenario, IReadOnlyList<UncertaintySpec> specs, Action<SourceLocation, string> error)
    {
        var inputs = new List<UncertainInput>();
        var named = new HashSet<DelayTarget>();
        foreach (var spec in specs.Where(s => s.Path is not null))
        {
            if (PathInput(scenario, spec, error) is not { } input) continue;
            if (inputs.Any(i => i.Name == input.Name))
            {
                error(spec.At, $"{input.Name} is uncertain twice");
                continue;
            }

            inputs.Add(input);
            if (input.Path!.Collection == "channels")
                named.Add(new DelayTarget(input.Path.Property == "loss" ? DelayKind.ChannelLoss : DelayKind.ChannelLatency, input.Path.Id));
            if (input.Path.Collection == "agencies")
            {
                var agency = scenario.World.FindAgency(input.Path.Id);
                for (var r = 0; r < (agency?.HandlingDelays.Count ?? 0); r++) named.Add(new DelayTarget(DelayKind.AgencyHandling, input.Path.Id, r));
            }
        }

        var covered = new HashSet<DelayTarget>(named);
        foreach (var spec in specs.Where(s => s.Rule is not null))
        {
            if (RuleRange(spec, error) is not { } range) continue;
            var estimates = spec.Rule == UncertaintyRules.Estimates;
            foreach (var (target, name, basis) in DelayCatalog.Of(scenario.World))
            {
                if (DelayCatalog.IsEstimate(basis) != estimates || !covered.Add(target)) continue;
                inputs.Add(new UncertainInput(name, range, null, target, spec.Rule!));
            }
        }

        return new UncertaintyModel(inputs);
    }

    private static UncertainRange? RuleRange(UncertaintySpec spec, Action<SourceLocation, string> error)
    {
        if (spec.Factor is { } f)
        {
            if (f > 1 && f <= 1000) return new UncertainRange(1 / f, f, UncertaintyShape.LogUniform, false);
            error(spec.RangeAt, $"{spec.Rule}: factor must be above 1 and at most 1000 (2 means from half to double), not {N(f)}");
            return null;
        }

        if (spec.Percent is { } p)
        {
            if (p > 0 && p < 100) return new UncertainRange(1 - p / 100, 1 + p / 100, UncertaintyShape.Uniform, false);
            error(spec.RangeAt, $"{spec.Rule}: percent must be above 0 and below 100, not {N(p)}");
            return null;
        }

        error(spec.At, $"{spec.Rule} needs a factor (like {{factor: 2}}) or a percent (like {{percent: 20}})");
        return null;
    }

    private static UncertainInput? PathInput(ScenarioModel scenario, UncertaintySpec spec, Action<SourceLocation, string> error)
    {
        if (!ParameterPath.TryParse(spec.Path!, out var path, out var why))
        {
            error(spec.At, why);
            return null;
        }

        if (!NumericProperties.Contains(path!.Property))
        {
            error(spec.At, $"{path} cannot be uncertain: its values are not numbers or durations (uncertain properties: {string.Join(", ", NumericProperties)})");
            return null;
        }

        if (!ParameterSetter.HasTarget(scenario, path, out why))
        {
            error(spec.At, why);
            return null;
        }

        if (spec.Range is null)
        {
            error(spec.At, $"{path} needs a range, like {(path.Property == "loss" ? "0.05..0.3" : "1h..48h")}");
            return null;
        }

        if (ParseRange(spec, path, error) is not { } range) return null;
        foreach (var end in new[] { range.Low, range.High })
        {
            if (ParameterSetter.Apply(scenario, path, range.Format(end), out why) is null)
            {
                error(spec.RangeAt, why);
                return null;
            }
        }

        return new UncertainInput(path.Text, range, path, null, "range");
    }

    private static UncertainRange? ParseRange(UncertaintySpec spec, ParameterPath path, Action<SourceLocation, string> error)
    {
        var text = spec.Range!;
        var dots = text.IndexOf("..", StringComparison.Ordinal);
        if (dots < 0)
        {
            error(spec.RangeAt, $"range '{text}' must be LOW..HIGH, like 1h..48h or 0.05..0.3");
            return null;
        }

        var (from, to) = (text[..dots].Trim(), text[(dots + 2)..].Trim());
        var isDuration = path.Property != "loss";
        double low, high;
        if (isDuration)
        {
            if (!Duration.TryParse(from, out var a, out var whyA) || !Duration.TryParse(to, out var b, out var whyB))
            {
                error(spec.RangeAt, $"range '{text}' of {path} must be durations, like 1h..48h");
                return null;
            }

            (low, high) = (a.Milliseconds, b.Milliseconds);
            if (low < 0)
            {
                error(spec.RangeAt, $"range '{text}' cannot start below zero");
                return null;
            }
        }
        else
        {
            if (!double.TryParse(from, NumberStyles.Float, CultureInfo.InvariantCulture, out low) || !double.TryParse(to, NumberStyles.Float, CultureInfo.InvariantCulture, out high))
            {
                error(spec.RangeAt, $"range '{text}' of {path} must be numbers, like 0.05..0.3");
                return null;
            }

            if (low is < 0 or > 1 || high is < 0 or > 1)
            {
                error(spec.RangeAt, $"range '{text}': a loss is a probability and must be between 0 and 1");
                return null;
            }
        }

        if (high < low)
        {
            error(spec.RangeAt, $"range '{text}' ends before it starts");
            return null;
        }

        if (high == low)
        {
            error(spec.RangeAt, $"range '{text}' is empty: give two different ends (a fixed value is a changes: entry, not an uncertainty)");
            return null;
        }

        UncertaintyShape shape;
        switch (spec.Shape)
        {
            case null:
                shape = isDuration && low > 0 ? UncertaintyShape.LogUniform : UncertaintyShape.Uniform;
                break;
            case "uniform":
                shape = UncertaintyShape.Uniform;
                break;
            case "triangular":
                shape = UncertaintyShape.Triangular;
                break;
            case "log-uniform":
                if (low <= 0)
                {
                    error(spec.RangeAt, $"a log-uniform range must start above zero, not at {text[..dots].Trim()}");
                    return null;
                }

                shape = UncertaintyShape.LogUniform;
                break;
            default:
                error(spec.At, $"shape '{spec.Shape}' must be uniform, log-uniform or triangular");
                return null;
        }

        return new UncertainRange(low, high, shape, isDuration);
    }

    private static string N(double v) => v.ToString(CultureInfo.InvariantCulture);
}
