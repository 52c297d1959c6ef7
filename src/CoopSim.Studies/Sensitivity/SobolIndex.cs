namespace CoopSim.Studies.Sensitivity;

/// <summary>
/// Sobol indices of one input: <see cref="First"/>, the share of the output's variance it explains alone, and
/// <see cref="Total"/>, its share with all its interactions; each with a bootstrap 95% interval.
/// </summary>
public sealed record SobolIndex(int Parameter, Estimate First, Estimate Total);
