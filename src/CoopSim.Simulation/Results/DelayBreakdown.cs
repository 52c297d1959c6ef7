namespace CoopSim.Simulation.Results;

/// <summary>Where the time went along a delivery path, in seconds (means over the replications that delivered).</summary>
public sealed record DelayBreakdown(double Held, double Transit, double OfficeWait, double Queue, double Translation, double LegalReview)
{
    public double Total => Held + Transit + OfficeWait + Queue + Translation + LegalReview;
}
