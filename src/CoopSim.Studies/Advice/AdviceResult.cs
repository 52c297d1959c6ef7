namespace CoopSim.Studies.Advice;

/// <summary>What advise found: round 1 ranks every candidate alone; each further round re-measures the rest given the picks so far.</summary>
public sealed record AdviceResult(string Scenario, Objective Objective, ulong Seed, int Replications, IReadOnlyList<AdviceRound> Rounds)
{
    public IReadOnlyList<CandidateGain> Picks => Rounds.Where(r => r.Picked is not null).Select(r => r.Picked!).ToArray();
}
