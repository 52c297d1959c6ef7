using CoopSim.Orleans.Abstractions;
using CoopSim.Orleans.Wire;
using CoopSim.Simulation.Distributed;

namespace CoopSim.Orleans.Grains;

/// <summary>
/// The kernel's <see cref="IAgencyCluster"/> over agency grains: one grain call per agency and round, for
/// all its lanes. It keeps the reports it gathered so a traced replication can hand them to the client,
/// which collects the trace.
/// </summary>
internal sealed class GrainAgencyCluster(IGrainFactory grains, RunSpec run, int slot) : IAgencyCluster
{
    private readonly IAgencyGrain?[] _grains = new IAgencyGrain?[run.AgencyCount];
    private int[] _replications = [];
    private WireAgencyReport?[][] _wireReports = [];

    /// <summary>The reports of the agencies that stepped in <paramref name="lane"/>, as they came over the wire; null for the others.</summary>
    public IReadOnlyList<WireAgencyReport?> WireReportsOf(int lane) => _wireReports[lane];

    public void BeginReplications(ulong seed, IReadOnlyList<int> replications, bool tracing)
    {
        _replications = replications.ToArray();
        _wireReports = tracing ? _replications.Select(_ => new WireAgencyReport?[run.AgencyCount]).ToArray() : [];
    }

    public async Task<IReadOnlyList<AgencyAnswer>> CallAsync(int agency, IReadOnlyList<AgencyWork> work)
    {
        var wire = new WireAgencyWork[work.Count];
        var starts = false;
        for (var i = 0; i < wire.Length; i++)
        {
            wire[i] = work[i].ToWire(_replications[work[i].Lane]);
            starts |= work[i].Kind == AgencyWorkKind.Start;
        }

        var grain = _grains[agency] ??= grains.GetGrain<IAgencyGrain>(GrainKeys.Agency(run.RunId, slot, agency));
        var answers = await grain.WorkAsync(starts ? run : null, wire);
        var kernel = new AgencyAnswer[answers.Length];
        for (var i = 0; i < answers.Length; i++)
        {
            if (answers[i].Report is { } report && _wireReports.Length > 0) _wireReports[answers[i].Lane][agency] = report;
            kernel[i] = answers[i].FromWire();
        }

        return kernel;
    }
}
