namespace CoopSim.Scenarios.Uncertainty;

/// <summary>The whole-world rules of an <c>uncertainty:</c> block.</summary>
public static class UncertaintyRules
{
    /// <summary>Every delay whose basis is <c>estimate</c>.</summary>
    public const string Estimates = "estimates";

    /// <summary>Every delay that names a source.</summary>
    public const string Sourced = "sourced";

    public static readonly IReadOnlyList<string> All = [Estimates, Sourced];
}
