namespace CoopSim.Studies.Comparisons;

/// <summary>How one alert's reach of the agency the question names changed: probability, and median and p90 time to act in hours.</summary>
public sealed record AgencyComparison(string Alert, string Agency, DifferenceEstimate Reach, DifferenceEstimate P50Hours, DifferenceEstimate P90Hours);
