namespace CoopSim.Studies.Sweeps;

/// <summary>A sweep axis along which no key figure moved at all, and why, in a sentence a planner can report.</summary>
public sealed record AxisWithoutEffect(string Parameter, string Reason);
