using CoopSim.Model.World;

namespace CoopSim.Simulation.Tracing;

/// <summary>
/// One message of one alert over one channel, in one replication. Times are milliseconds of simulated
/// time since the scenario's epoch. <see cref="HopId"/> numbers a replication's hops in send order;
/// <see cref="ParentHopId"/> is the hop that let the sender act (-1 when the sender is the alert's origin);
/// for a duplicate, <see cref="FirstDeliveryHopId"/> is the hop that delivered the alert first (-1 for the origin).
/// <see cref="ActAtMs"/> is when the recipient could act on this copy: arrival plus held, office-hours wait,
/// handling (<see cref="QueueMs"/>), translation and legal review.
/// </summary>
public sealed record HopRecord(
    int HopId,
    int ParentHopId,
    int FirstDeliveryHopId,
    string AlertId,
    AlertKind AlertKind,
    Priority Priority,
    string From,
    string To,
    string Channel,
    ChannelKind ChannelKind,
    long SentAtMs,
    long ArrivedAtMs,
    long ActAtMs,
    long HeldMs,
    long TransitMs,
    long OfficeWaitMs,
    long QueueMs,
    long TranslationMs,
    long LegalReviewMs,
    int Hops,
    HopOutcome Outcome)
{
    /// <summary>
    /// The wait for a free officer at a desk with a capacity (docs/model.md, "Capacity and queue"): the part of the
    /// time from arrival to act that no drawn delay accounts for; 0 without a capacity, and for a hop that never arrived.
    /// </summary>
    public long WaitingMs => ArrivedAtMs < 0 || ActAtMs < 0
        ? 0
        : Math.Max(0, ActAtMs - ArrivedAtMs - OfficeWaitMs - QueueMs - TranslationMs - LegalReviewMs);
}
