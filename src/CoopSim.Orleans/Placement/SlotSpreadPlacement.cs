using Orleans.Runtime;

namespace CoopSim.Orleans.Placement;

/// <summary>
/// Replication slot k of a run goes to silo k mod n of the cluster's silos in address order, so a run's
/// slots (and the replications they take in turn) spread evenly instead of where chance puts them.
/// </summary>
[GenerateSerializer, Immutable, SuppressReferenceTracking, Alias("coopsim.slot-spread")]
internal sealed class SlotSpreadPlacement : PlacementStrategy
{
    public static SlotSpreadPlacement Singleton { get; } = new();
}
