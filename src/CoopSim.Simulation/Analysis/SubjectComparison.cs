namespace CoopSim.Simulation.Analysis;

/// <summary>How the chance of stopping a subject changed.</summary>
public sealed record SubjectComparison(string Subject, DifferenceEstimate Interception);
