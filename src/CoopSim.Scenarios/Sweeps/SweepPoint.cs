using CoopSim.Model.Scenario;

namespace CoopSim.Scenarios.Sweeps;

/// <summary>One point of a sweep's grid: a value for every axis, applied in axis order.</summary>
public sealed record SweepPoint(IReadOnlyList<SweepSetting> Settings)
{
    /// <exception cref="ArgumentException">A setting does not apply (checked beforehand by <see cref="SweepGrid.Check"/>).</exception>
    public ScenarioModel ApplyTo(ScenarioModel scenario)
    {
        foreach (var setting in Settings)
        {
            scenario = ParameterSetter.Apply(scenario, setting.Path, setting.Value, out var error)
                ?? throw new ArgumentException(error);
        }

        return scenario;
    }

    public override string ToString() => string.Join(", ", Settings.Select(s => $"{s.Path}={s.Value}"));
}
