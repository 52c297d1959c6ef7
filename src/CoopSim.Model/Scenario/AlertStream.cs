namespace CoopSim.Model.Scenario;

/// <summary>
/// A stream of alerts alike but for their issue times (docs/scenario-format.md, "Alert streams"): one block instead of
/// N alerts. <see cref="Template"/> gives everything but the id and issue time. Alerts are issued from
/// <see cref="From"/>, either every <see cref="Every"/> (the first at <see cref="From"/>) or, when
/// <see cref="MeanSpacing"/> is given, as a Poisson process with that mean spacing; the stream stops after
/// <see cref="Count"/> alerts or before <see cref="Until"/>, whichever comes first.
/// </summary>
public sealed record AlertStream(
    string Id,
    AlertSpec Template,
    Duration From,
    Duration? Every,
    Duration? MeanSpacing,
    int? Count,
    Duration? Until)
{
    /// <summary>The most alerts one stream may issue: a stream is for surges, not for a generator gone wrong.</summary>
    public const int MaxAlerts = 100_000;

    /// <summary>The most alerts all of a scenario's streams may issue together, so that many streams cannot exhaust memory either.</summary>
    public const int MaxTotalAlerts = 1_000_000;
}
