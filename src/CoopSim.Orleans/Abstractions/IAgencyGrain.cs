using CoopSim.Orleans.Wire;

namespace CoopSim.Orleans.Abstractions;

/// <summary>
/// One agency of one run (key <c>{runId}/{agencyIndex}</c>, see <see cref="GrainKeys"/>). Every call after
/// <see cref="ResetAsync"/> names the replication, so a grain that was re-activated empty (its silo went
/// away) refuses the call instead of silently continuing from a blank state.
/// </summary>
[Alias("coopsim.IAgencyGrain")]
public interface IAgencyGrain : IGrainWithStringKey
{
    [Alias("reset")]
    Task ResetAsync(RunSpec run, int replication);

    /// <summary>One window: take the messages batched for this agency, run every event before <paramref name="windowEnd"/>.</summary>
    [Alias("step")]
    Task<WireWindowOutcome> StepAsync(int replication, WireMessage[] inbox, long windowEnd);

    [Alias("report")]
    Task<WireAgencyReport> ReportAsync(int replication);
}
