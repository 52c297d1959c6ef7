namespace CoopSim.Simulation.Distributed;

/// <summary>
/// Where the agencies of a distributed run live (Orleans grains, or in memory for tests). Calls for
/// different agencies may run concurrently; calls for one agency come one at a time.
/// </summary>
public interface IAgencyCluster
{
    Task ResetAsync(int agency, ulong seed, int replication, bool tracing);

    /// <summary>Delivers a batch of messages for one agency (the coordinator batches per destination per window).</summary>
    Task DeliverAsync(int agency, IReadOnlyList<AgencyMessage> batch);

    /// <summary>Lets the agency process its events before the window's end; returns what it sent and its next event time.</summary>
    Task<WindowOutcome> RunUntilAsync(int agency, long windowEnd);

    Task<AgencyReport> ReportAsync(int agency);
}
