namespace CoopSim.Simulation.Distributed;

/// <summary>
/// Where the agencies of a distributed run live (Orleans grains, or in memory for tests). A coordinator
/// runs one or more replications side by side, one per lane, and sends each agency all its work of a
/// round (its window in some lanes, its report in others) in one call, so the number of round trips
/// grows with rounds × agencies due rather than with lanes. Calls for different agencies may run
/// concurrently; calls for one agency come one at a time. Only agencies that have something to do are
/// ever called: the others' reports are known to be empty.
/// </summary>
public interface IAgencyCluster
{
    /// <summary>Names the run the next calls belong to.</summary>
    void Begin(ulong seed, bool tracing);

    /// <summary>
    /// One round trip to one agency: every piece of <paramref name="work"/>, in order, each in its own lane;
    /// one answer per piece, in the same order. The caller reuses <paramref name="work"/> once the call has
    /// completed, so an implementation must not keep it.
    /// </summary>
    Task<IReadOnlyList<AgencyAnswer>> CallAsync(int agency, IReadOnlyList<AgencyWork> work);
}
