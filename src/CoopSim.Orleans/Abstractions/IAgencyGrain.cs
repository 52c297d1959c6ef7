using CoopSim.Orleans.Wire;

namespace CoopSim.Orleans.Abstractions;

/// <summary>
/// One agency of one run in one replication slot (key <c>{runId}/{slot}/{agencyIndex}</c>, see <see cref="GrainKeys"/>). A replication
/// starts with <see cref="StartAsync"/>; every later call names the replication, so a grain that was
/// re-activated empty (its silo went away) refuses the call instead of silently continuing from a blank state.
/// </summary>
[Alias("coopsim.IAgencyGrain")]
public interface IAgencyGrain : IGrainWithStringKey
{
    /// <summary>The agency's first window of a replication: reset to its start, then as <see cref="StepAsync"/>.</summary>
    [Alias("start")]
    Task<WireWindowOutcome> StartAsync(RunSpec run, int replication, WireMessage[] inbox, long windowEnd);

    /// <summary>One window: take the messages batched for this agency, run every event before <paramref name="windowEnd"/>.</summary>
    [Alias("step")]
    Task<WireWindowOutcome> StepAsync(int replication, WireMessage[] inbox, long windowEnd);

    [Alias("report")]
    Task<WireAgencyReport> ReportAsync(int replication);
}
