namespace CoopSim.Studies.Advice;

/// <summary>What advise tries to improve.</summary>
public enum ObjectiveKind
{
    /// <summary>Share of runs in which the subject was stopped at a border (higher is better).</summary>
    Interception,

    /// <summary>Share of runs in which the alert reached the target (higher is better).</summary>
    Reach,

    /// <summary>Median time to act at the target, never counting as forever (lower is better).</summary>
    MedianTime,

    /// <summary>90th percentile time to act at the target (lower is better).</summary>
    P90Time,
}
