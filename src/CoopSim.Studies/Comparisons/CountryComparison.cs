namespace CoopSim.Studies.Comparisons;

/// <summary>How one alert's reach of one country changed: probability, and median and p90 time in hours.</summary>
public sealed record CountryComparison(string Alert, string Country, DifferenceEstimate Reach, DifferenceEstimate P50Hours, DifferenceEstimate P90Hours);
