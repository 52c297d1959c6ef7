namespace CoopSim.Scenarios.Sweeps;

/// <summary>One parameter and the values it takes in a sweep.</summary>
public sealed record SweepAxis(ParameterPath Path, IReadOnlyList<string> Values);
