namespace CoopSim.Scenarios.Advice;

/// <summary>
/// A candidates file read against one scenario: the candidates that apply to it, to be measured, and the ones
/// that do not, each with its reason (one misfit once stopped advise from measuring the rest).
/// </summary>
public sealed record CandidateSet(IReadOnlyList<Candidate> Applicable, IReadOnlyList<CandidateProblem> NotApplicable);
