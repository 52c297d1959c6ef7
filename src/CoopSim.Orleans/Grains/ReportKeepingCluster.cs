using CoopSim.Simulation.Distributed;

namespace CoopSim.Orleans.Grains;

/// <summary>Passes every call through and keeps the last reports, for traced replications.</summary>
internal sealed class ReportKeepingCluster(IAgencyCluster inner, int agencies) : IAgencyCluster
{
    private AgencyReport?[][] _reports = [];

    /// <summary>The reports of the agencies that stepped in <paramref name="lane"/> of the last replications; null for the others.</summary>
    public IReadOnlyList<AgencyReport?> ReportsOf(int lane) => _reports[lane];

    public void BeginReplications(ulong seed, IReadOnlyList<int> replications, bool tracing)
    {
        _reports = replications.Select(_ => new AgencyReport?[agencies]).ToArray();
        inner.BeginReplications(seed, replications, tracing);
    }

    public async Task<IReadOnlyList<AgencyAnswer>> CallAsync(int agency, IReadOnlyList<AgencyWork> work)
    {
        var answers = await inner.CallAsync(agency, work);
        foreach (var answer in answers)
        {
            if (answer.Report is { } report) _reports[answer.Lane][agency] = report;
        }

        return answers;
    }
}
