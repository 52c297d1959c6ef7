using CoopSim.Orleans.Abstractions;
using CoopSim.Orleans.Wire;
using CoopSim.Simulation.Distributed;

namespace CoopSim.Orleans.Grains;

/// <summary>
/// The kernel's <see cref="IAgencyCluster"/> over agency grains. It keeps the reports it gathered so a
/// traced replication can hand them to the client, which collects the trace.
/// </summary>
internal sealed class GrainAgencyCluster : IAgencyCluster
{
    private readonly RunSpec _run;
    private readonly int _replication;
    private readonly IAgencyGrain[] _grains;
    private readonly WireAgencyReport[] _wireReports;

    public GrainAgencyCluster(IGrainFactory grains, RunSpec run, int replication)
    {
        _run = run;
        _replication = replication;
        _grains = Enumerable.Range(0, run.AgencyCount).Select(a => grains.GetGrain<IAgencyGrain>(GrainKeys.Agency(run.RunId, a))).ToArray();
        _wireReports = new WireAgencyReport[run.AgencyCount];
    }

    public IReadOnlyList<WireAgencyReport> WireReports => _wireReports;

    public Task ResetAsync(int agency, ulong seed, int replication, bool tracing) => _grains[agency].ResetAsync(_run, _replication);

    public Task DeliverAsync(int agency, IReadOnlyList<AgencyMessage> batch) =>
        _grains[agency].DeliverAsync(_replication, batch.Select(m => m.ToWire()).ToArray());

    public async Task<WindowOutcome> RunUntilAsync(int agency, long windowEnd) =>
        (await _grains[agency].RunUntilAsync(_replication, windowEnd)).FromWire();

    public async Task<AgencyReport> ReportAsync(int agency)
    {
        var wire = await _grains[agency].ReportAsync(_replication);
        _wireReports[agency] = wire;
        return wire.FromWire();
    }
}
