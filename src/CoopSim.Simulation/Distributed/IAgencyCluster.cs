namespace CoopSim.Simulation.Distributed;

/// <summary>
/// Where the agencies of a distributed run live (Orleans grains, or in memory for tests). Calls for
/// different agencies may run concurrently; calls for one agency come one at a time. Only agencies that
/// have something to do are ever called: the others' reports are known to be empty.
/// </summary>
public interface IAgencyCluster
{
    /// <summary>Names the replication the next steps belong to.</summary>
    void BeginReplication(ulong seed, int replication, bool tracing);

    /// <summary>
    /// One window for one agency, in one round trip: on its <paramref name="first"/> step of the
    /// replication, reset it to the replication's start; take the messages batched for it since its last
    /// step; process every event before <paramref name="windowEnd"/>; return what it sent and when its
    /// next own event is due.
    /// </summary>
    Task<WindowOutcome> StepAsync(int agency, bool first, IReadOnlyList<AgencyMessage> inbox, long windowEnd);

    /// <summary>What an agency that stepped in this replication measured.</summary>
    Task<AgencyReport> ReportAsync(int agency);
}
