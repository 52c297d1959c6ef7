using CoopSim.Simulation.Distributed;

namespace CoopSim.Orleans.Grains;

/// <summary>Passes every call through and keeps the last reports, for traced replications.</summary>
internal sealed class ReportKeepingCluster(IAgencyCluster inner, int agencies) : IAgencyCluster
{
    private readonly AgencyReport?[] _reports = new AgencyReport?[agencies];

    /// <summary>This replication's reports of the agencies that stepped; null for the others.</summary>
    public IReadOnlyList<AgencyReport?> Reports => _reports;

    public void BeginReplication(ulong seed, int replication, bool tracing)
    {
        Array.Clear(_reports);
        inner.BeginReplication(seed, replication, tracing);
    }

    public Task<WindowOutcome> StepAsync(int agency, bool first, IReadOnlyList<AgencyMessage> inbox, long windowEnd) =>
        inner.StepAsync(agency, first, inbox, windowEnd);

    public async Task<AgencyReport> ReportAsync(int agency) => _reports[agency] = await inner.ReportAsync(agency);
}
