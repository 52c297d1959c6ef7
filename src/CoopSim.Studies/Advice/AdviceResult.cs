using CoopSim.Scenarios.Advice;

namespace CoopSim.Studies.Advice;

/// <summary>What advise found: round 1 ranks every candidate alone; each further round re-measures the rest given the picks so far.</summary>
public sealed record AdviceResult(string Scenario, Objective Objective, ulong Seed, int Replications, IReadOnlyList<AdviceRound> Rounds)
{
    public IReadOnlyList<CandidateGain> Picks => Rounds.Where(r => r.Picked is not null).Select(r => r.Picked!).ToArray();

    public AdviceRanking Ranking { get; init; } = AdviceRanking.Gain;

    /// <summary>The most the picks may cost together; null: no limit.</summary>
    public double? Budget { get; init; }

    /// <summary>Why the picking stopped where it did, in a sentence ("picked 2 as asked", "no remaining candidate improves …").</summary>
    public string? Stopped { get; init; }

    /// <summary>Candidates of the file that do not apply to the scenario, not measured, each with its reason.</summary>
    public IReadOnlyList<CandidateProblem> NotApplicable { get; init; } = [];
}
