namespace CoopSim.Studies.Comparisons;

/// <summary>How the chance of stopping a subject changed.</summary>
public sealed record SubjectComparison(string Subject, DifferenceEstimate Interception);
