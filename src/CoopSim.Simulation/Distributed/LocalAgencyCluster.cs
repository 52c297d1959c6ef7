namespace CoopSim.Simulation.Distributed;

/// <summary>Agency hosts in this process: the reference a distributed engine must agree with, and a test double for one.</summary>
public sealed class LocalAgencyCluster : IAgencyCluster
{
    private readonly AgencyHost[] _hosts;
    private ulong _seed;
    private int _replication;
    private bool _tracing;

    public LocalAgencyCluster(SimulationPlan plan)
    {
        _hosts = Enumerable.Range(0, plan.AgencyCount).Select(a => new AgencyHost(plan, a)).ToArray();
    }

    public void BeginReplication(ulong seed, int replication, bool tracing) => (_seed, _replication, _tracing) = (seed, replication, tracing);

    public Task<WindowOutcome> StepAsync(int agency, bool first, IReadOnlyList<AgencyMessage> inbox, long windowEnd)
    {
        var host = _hosts[agency];
        if (first) host.Reset(_seed, _replication, _tracing);
        foreach (var message in inbox) host.Enqueue(message);
        var sent = host.RunUntil(windowEnd);
        return Task.FromResult(new WindowOutcome(sent, host.NextEventTime));
    }

    public Task<AgencyReport> ReportAsync(int agency) => Task.FromResult(_hosts[agency].Report());
}
