using CoopSim.Orleans.Abstractions;
using CoopSim.Orleans.Wire;
using CoopSim.Simulation.Distributed;
using Orleans.Concurrency;

namespace CoopSim.Orleans.Grains;

/// <summary>The kernel's <see cref="IAgencyCluster"/> over agency grains: one grain call per agency and round, for all its lanes.</summary>
internal sealed class GrainAgencyCluster(IGrainFactory grains, RunSpec run, int slot) : IAgencyCluster
{
    private readonly IAgencyGrain?[] _grains = new IAgencyGrain?[run.AgencyCount];

    /// <summary>The run's seed and tracing travel in its <see cref="RunSpec"/>.</summary>
    public void Begin(ulong seed, bool tracing)
    {
    }

    public async Task<IReadOnlyList<AgencyAnswer>> CallAsync(int agency, IReadOnlyList<AgencyWork> work)
    {
        var pieces = work as AgencyWork[] ?? work.ToArray();
        var starts = false;
        foreach (var piece in pieces) starts |= piece.Kind == AgencyWorkKind.Start;
        var grain = _grains[agency] ??= grains.GetGrain<IAgencyGrain>(GrainKeys.Agency(run.RunId, slot, agency));
        return (await grain.WorkAsync(starts ? run : null, pieces.AsImmutable())).Value;
    }

    /// <summary>Ends the agency grains this cluster called (only those: ending one never called would first activate it).</summary>
    public Task EndAsync()
    {
        var ends = new List<Task>();
        foreach (var grain in _grains)
            if (grain is not null) ends.Add(grain.EndRunAsync());
        return Task.WhenAll(ends);
    }
}
