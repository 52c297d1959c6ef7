namespace CoopSim.Scenarios.Uncertainty;

/// <summary>How an uncertain input's values spread over its range.</summary>
public enum UncertaintyShape
{
    /// <summary>Every value of the range equally likely.</summary>
    Uniform,

    /// <summary>Every factor equally likely (1h–2h as likely as 24h–48h): the default for durations and factors.</summary>
    LogUniform,

    /// <summary>A triangle peaking at the middle of the range.</summary>
    Triangular,
}
