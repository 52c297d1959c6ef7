using CoopSim.Orleans.Abstractions;
using Orleans.Runtime;
using Orleans.Runtime.Placement;

namespace CoopSim.Orleans.Placement;

/// <summary>Chooses the silo of a slot grain from the slot number in its key (see <see cref="SlotSpreadPlacement"/>).</summary>
internal sealed class SlotSpreadPlacementDirector : IPlacementDirector
{
    public Task<SiloAddress> OnAddActivation(PlacementStrategy strategy, PlacementTarget target, IPlacementContext context)
    {
        var silos = context.GetCompatibleSilos(target).OrderBy(s => s.ToString(), StringComparer.Ordinal).ToArray();
        var slot = GrainKeys.SlotOf(target.GrainIdentity.Key.ToString() ?? "");
        return Task.FromResult(silos[slot % silos.Length]);
    }
}
