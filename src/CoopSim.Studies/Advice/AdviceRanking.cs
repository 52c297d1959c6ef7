namespace CoopSim.Studies.Advice;

/// <summary>How advise orders candidates: by what each buys, or by what it buys per unit of its cost.</summary>
public enum AdviceRanking
{
    Gain,
    GainPerCost,
}
