namespace CoopSim.Studies.Replications;

/// <summary>
/// One row of a replications file: an alert's recipient in one replication (<see cref="Subject"/> -1) or a subject's
/// itinerary stop in one replication (<see cref="Alert"/> and <see cref="Agency"/> -1). Indices name the world's
/// alerts, agencies and subjects (<see cref="OutcomeNames"/>); times are ms since the alert's issue, -1 for never.
/// </summary>
public readonly record struct OutcomeRow(
    int Replication,
    int Alert,
    int Agency,
    bool Reached,
    long ArrivalMs,
    long ActMs,
    int Hops,
    int Path,
    int Subject,
    int Stop,
    bool BlockedInTime,
    bool HasLead,
    long LeadMs,
    bool InterceptedHere)
{
    public bool IsStop => Subject >= 0;
}
