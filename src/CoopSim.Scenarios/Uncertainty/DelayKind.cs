namespace CoopSim.Scenarios.Uncertainty;

/// <summary>Which delay (or channel loss) of the world a whole-world rule varies.</summary>
public enum DelayKind
{
    ChannelLatency,
    ChannelLoss,
    ChannelTranslation,
    ChannelLegalReview,
    AgencyHandling,
    AgencyUrgentDuty,
    DefaultTranslation,
    DefaultLegalReview,
    DefaultUrgentDuty,
    DefaultHandling,
}
