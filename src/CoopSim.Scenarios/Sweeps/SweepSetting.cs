namespace CoopSim.Scenarios.Sweeps;

/// <summary>One parameter set to one value.</summary>
public sealed record SweepSetting(ParameterPath Path, string Value);
