namespace CoopSim.Studies.Advice;

/// <summary>
/// One greedy round: every remaining candidate measured against the scenario with the earlier picks, best
/// first; <see cref="Picked"/> is the first of them when it gains anything, else null (the search stops).
/// </summary>
public sealed record AdviceRound(int Number, IReadOnlyList<string> PickedBefore, IReadOnlyList<CandidateGain> Ranking, CandidateGain? Picked);
