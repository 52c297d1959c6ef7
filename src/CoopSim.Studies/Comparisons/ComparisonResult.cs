namespace CoopSim.Studies.Comparisons;

/// <summary>
/// A paired comparison of two scenarios run with the same seed (common random numbers). <see cref="Agencies"/> holds
/// the agency the base's question names (empty when it names none): what the planner asked about, reported first.
/// </summary>
public sealed record ComparisonResult(string Base, string Variant, ulong Seed, int Replications,
    IReadOnlyList<CountryComparison> Countries, IReadOnlyList<SubjectComparison> Subjects, IReadOnlyList<AgencyComparison> Agencies);
