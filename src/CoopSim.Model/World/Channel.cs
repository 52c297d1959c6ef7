using CoopSim.Model.Distributions;

namespace CoopSim.Model.World;

/// <summary>
/// A link between agencies. A two-way channel carries traffic both ways with the same parameters;
/// <see cref="TranslationDelay"/> and <see cref="LegalReview"/> fall back to the world's defaults when null.
/// <see cref="LossBasis"/> says where <see cref="LossProbability"/> comes from (a source, or <c>estimate</c>), as a
/// delay's basis does; uncertainty rules read it. <see cref="FollowUp"/>, when given, sends a dropped or lost message
/// again; without it a message that never arrives is never sent again.
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
    string? Source = null,
    string? LossBasis = null,
    FollowUp? FollowUp = null);
