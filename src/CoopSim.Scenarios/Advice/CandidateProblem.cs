namespace CoopSim.Scenarios.Advice;

/// <summary>A candidate that does not apply to the scenario (it adds a channel the scenario already has, names an agency it lacks …), and why.</summary>
public sealed record CandidateProblem(Candidate Candidate, string Reason);
