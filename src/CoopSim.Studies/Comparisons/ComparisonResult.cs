namespace CoopSim.Studies.Comparisons;

/// <summary>A paired comparison of two scenarios run with the same seed (common random numbers).</summary>
public sealed record ComparisonResult(string Base, string Variant, ulong Seed, int Replications,
    IReadOnlyList<CountryComparison> Countries, IReadOnlyList<SubjectComparison> Subjects);
