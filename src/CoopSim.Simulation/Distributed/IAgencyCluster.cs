namespace CoopSim.Simulation.Distributed;

/// <summary>
/// Where the agencies of a distributed run live (Orleans grains, or in memory for tests). Calls for
/// different agencies may run concurrently; calls for one agency come one at a time.
/// </summary>
public interface IAgencyCluster
{
    Task ResetAsync(int agency, ulong seed, int replication, bool tracing);

    /// <summary>
    /// One window for one agency, in one round trip: take the messages that arrived for it since its last
    /// step (the coordinator batches them per destination), process every event before
    /// <paramref name="windowEnd"/>, and return what it sent and when its next own event is due.
    /// </summary>
    Task<WindowOutcome> StepAsync(int agency, IReadOnlyList<AgencyMessage> inbox, long windowEnd);

    Task<AgencyReport> ReportAsync(int agency);
}
