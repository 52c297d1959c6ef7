using CoopSim.Model.Scenario;

namespace CoopSim.Scenarios.Sweeps;

/// <summary>One point of a sweep's grid: a value for every axis, applied in axis order.</summary>
public sealed record SweepPoint(IReadOnlyList<SweepSetting> Settings)
{
    /// <summary>These settings as changes: how the point travels to a silo in another process.</summary>
    public ScenarioChanges Changes => ScenarioChanges.Of(Settings);

    /// <exception cref="ArgumentException">A setting does not apply (checked beforehand by <see cref="SweepGrid.Check"/>).</exception>
    public ScenarioModel ApplyTo(ScenarioModel scenario) => Changes.ApplyTo(scenario);

    public override string ToString() => string.Join(", ", Settings.Select(s => $"{s.Path}={s.Value}"));
}
