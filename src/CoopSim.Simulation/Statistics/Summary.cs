namespace CoopSim.Simulation.Statistics;

/// <summary>
/// A sample summarised: mean, percentiles (nearest-rank), and a 95% confidence interval for the mean
/// (normal approximation; a single value has a zero-width interval).
/// </summary>
public sealed record Summary(int N, double Mean, double P50, double P90, double P99, double CiLow, double CiHigh, double Min, double Max)
{
    public static readonly Summary Empty = new(0, double.NaN, double.NaN, double.NaN, double.NaN, double.NaN, double.NaN, double.NaN, double.NaN);
}
