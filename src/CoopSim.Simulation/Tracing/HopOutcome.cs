using Orleans;

namespace CoopSim.Simulation.Tracing;

[GenerateSerializer, Alias("coopsim.hop-outcome")]
public enum HopOutcome
{
    /// <summary>The recipient could act on the alert, and this was the first time.</summary>
    Delivered,

    /// <summary>The recipient already held the alert (or got it sooner another way).</summary>
    Duplicate,

    /// <summary>The channel lost the message (its loss probability).</summary>
    Lost,

    /// <summary>The channel was down and the outage drops traffic.</summary>
    DroppedByOutage,

    /// <summary>The alert had expired when it arrived.</summary>
    Expired,

    /// <summary>It would have arrived after the scenario's horizon.</summary>
    BeyondHorizon,
}
