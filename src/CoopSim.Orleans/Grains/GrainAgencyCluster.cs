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
    private readonly WireAgencyReport?[] _wireReports;

    public GrainAgencyCluster(IGrainFactory grains, RunSpec run, int slot, int replication)
    {
        _run = run;
        _replication = replication;
        _grains = Enumerable.Range(0, run.AgencyCount).Select(a => grains.GetGrain<IAgencyGrain>(GrainKeys.Agency(run.RunId, slot, a))).ToArray();
        _wireReports = new WireAgencyReport?[run.AgencyCount];
    }

    /// <summary>The reports of the agencies that stepped, as they came over the wire; null for the others.</summary>
    public IReadOnlyList<WireAgencyReport?> WireReports => _wireReports;

    /// <summary>This cluster belongs to one replication, named at construction.</summary>
    public void BeginReplication(ulong seed, int replication, bool tracing)
    {
    }

    public async Task<WindowOutcome> StepAsync(int agency, bool first, IReadOnlyList<AgencyMessage> inbox, long windowEnd)
    {
        var wire = new WireMessage[inbox.Count];
        for (var i = 0; i < wire.Length; i++) wire[i] = inbox[i].ToWire();
        var outcome = first
            ? await _grains[agency].StartAsync(_run, _replication, wire, windowEnd)
            : await _grains[agency].StepAsync(_replication, wire, windowEnd);
        return outcome.FromWire();
    }

    public async Task<AgencyReport> ReportAsync(int agency)
    {
        var wire = await _grains[agency].ReportAsync(_replication);
        _wireReports[agency] = wire;
        return wire.FromWire();
    }
}
