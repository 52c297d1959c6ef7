using CoopSim.Orleans.Wire;
using CoopSim.Simulation.Distributed;
using Orleans.Concurrency;

namespace CoopSim.Orleans.Abstractions;

/// <summary>
/// One agency of one run in one replication slot (key <c>{runId}/{slot}/{agencyIndex}</c>, see <see cref="GrainKeys"/>).
/// A slot's coordinator runs several replications side by side, one per lane, and the grain holds the
/// agency's state in each lane. Every piece of work names its lane's replication, so a grain that was
/// re-activated empty (its silo went away) refuses the call instead of silently continuing from a blank state.
/// </summary>
[Alias("coopsim.IAgencyGrain")]
internal interface IAgencyGrain : IGrainWithStringKey
{
    /// <summary>
    /// One round of the coordinator for this agency: a window in some lanes (the first one of a lane's
    /// replication resets the agency to its start), the report in lanes that are over. <paramref name="run"/>
    /// is sent only when some lane starts, since only a start needs the seed and the plan. Work and answers are
    /// <see cref="Immutable{T}"/>: neither side changes an array once it is sent, so a call within a silo passes
    /// them as they are instead of deep-copying them (copying was about a tenth of a starter run on agency grains).
    /// </summary>
    [Alias("work")]
    Task<Immutable<AgencyAnswer[]>> WorkAsync(RunSpec? run, Immutable<AgencyWork[]> work);

    /// <summary>The run is over: the activation goes once this call returns (nothing of a finished run is used again).</summary>
    [Alias("end-run")]
    Task EndRunAsync();
}
