namespace CoopSim.Bench.Validation;

/// <summary>
/// A world's standardised error on one statistic, (measured − expected) / se. Over independent worlds these
/// are independent N(0, 1) under the closed form, so their Stouffer sum Σz/√W finds a bias too small for
/// any one world to show (a transit 2% too long).
/// </summary>
public sealed record PooledScore(string Name, double Z);
