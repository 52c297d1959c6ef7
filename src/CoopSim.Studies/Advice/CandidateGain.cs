using CoopSim.Scenarios.Advice;

namespace CoopSim.Studies.Advice;

/// <summary>One candidate's gain measured against a base (the scenario, or the scenario with earlier picks); <see cref="Gain"/> null when the candidate cannot be combined with those picks.</summary>
public sealed record CandidateGain(Candidate Candidate, Gain? Gain, string? Problem = null);
