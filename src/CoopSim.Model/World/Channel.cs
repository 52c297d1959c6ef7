using CoopSim.Model.Distributions;

namespace CoopSim.Model.World;

/// <summary>
/// A link between agencies. A two-way channel carries traffic both ways with the same parameters;
/// <see cref="TranslationDelay"/> and <see cref="LegalReview"/> fall back to the world's defaults when null.
/// </summary>
public sealed record Channel(
    string Id,
    string From,
    string To,
    bool TwoWay,
    ChannelKind Kind,
    DelayDistribution Latency,
    double LossProbability,
    TranslationMode Translation,
    DelayDistribution? TranslationDelay,
    bool RequiresLegalReview,
    DelayDistribution? LegalReview,
    string? Agreement,
    string? Name = null,
    string? Source = null);
