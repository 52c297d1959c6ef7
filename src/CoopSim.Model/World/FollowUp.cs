namespace CoopSim.Model.World;

/// <summary>
/// A channel's follow-up rule (docs/model.md, "Channel"): a sender whose message was dropped by an outage or lost
/// hears nothing back, and sends it again <see cref="After"/> after it sent it, at most <see cref="Tries"/> more times.
/// </summary>
public sealed record FollowUp(Duration After, int Tries)
{
    /// <summary>The most follow-ups a channel may declare.</summary>
    public const int MaxTries = 100;
}
