using CoopSim.Simulation.Distributed;

namespace CoopSim.Orleans.Grains;

/// <summary>Passes every call through and keeps the last reports, for traced replications.</summary>
internal sealed class ReportKeepingCluster(IAgencyCluster inner, int agencies) : IAgencyCluster
{
    private readonly AgencyReport[] _reports = new AgencyReport[agencies];

    public IReadOnlyList<AgencyReport> Reports => _reports;

    public Task ResetAsync(int agency, ulong seed, int replication, bool tracing) => inner.ResetAsync(agency, seed, replication, tracing);

    public Task<WindowOutcome> StepAsync(int agency, IReadOnlyList<AgencyMessage> inbox, long windowEnd) => inner.StepAsync(agency, inbox, windowEnd);

    public async Task<AgencyReport> ReportAsync(int agency) => _reports[agency] = await inner.ReportAsync(agency);
}
