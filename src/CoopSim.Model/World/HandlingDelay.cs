using CoopSim.Model.Distributions;

namespace CoopSim.Model.World;

/// <summary>How long an agency takes to handle an alert; null kind or priority means any.</summary>
public sealed record HandlingDelay(AlertKind? Kind, Priority? Priority, DelayDistribution Delay)
{
    /// <summary>How specific the rule is: a rule naming both kind and priority beats one naming either.</summary>
    public int Specificity => (Kind is null ? 0 : 2) + (Priority is null ? 0 : 1);
}
