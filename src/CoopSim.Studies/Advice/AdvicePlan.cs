namespace CoopSim.Studies.Advice;

/// <summary>
/// What advise is asked for: how many to pick, how to rank, and the most the picks may cost together
/// (<see cref="Budget"/> null: no limit).
/// </summary>
public sealed record AdvicePlan(int Pick, AdviceRanking Ranking = AdviceRanking.Gain, double? Budget = null);
