using CoopSim.Simulation.Distributed;

namespace CoopSim.Simulation.Tests;

/// <summary>Records which agency stepped in which window (by window end), passing every call through.</summary>
internal sealed class StepRecordingCluster(IAgencyCluster inner) : IAgencyCluster
{
    public List<(long WindowEnd, int Agency, bool First)> Steps { get; } = [];

    public void BeginReplication(ulong seed, int replication, bool tracing) => inner.BeginReplication(seed, replication, tracing);

    public Task<WindowOutcome> StepAsync(int agency, bool first, IReadOnlyList<AgencyMessage> inbox, long windowEnd)
    {
        lock (Steps) Steps.Add((windowEnd, agency, first));
        return inner.StepAsync(agency, first, inbox, windowEnd);
    }

    public Task<AgencyReport> ReportAsync(int agency) => inner.ReportAsync(agency);
}
