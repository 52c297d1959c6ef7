namespace CoopSim.Simulation.Results;

/// <summary>
/// Where the time went along a delivery path, in seconds (means over the replications that delivered).
/// <see cref="Queue"/> is the handling delay (its old name); <see cref="Waiting"/> is the wait for a free officer at
/// desks with a capacity (docs/model.md, "Capacity and queue"), 0 without one.
/// </summary>
public sealed record DelayBreakdown(double Held, double Transit, double OfficeWait, double Queue, double Translation, double LegalReview,
    double Waiting = 0)
{
    public double Total => Held + Transit + OfficeWait + Queue + Translation + LegalReview + Waiting;
}
