using Orleans.Placement;

namespace CoopSim.Orleans.Placement;

/// <summary>Places a slot grain by <see cref="SlotSpreadPlacement"/>.</summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = false)]
internal sealed class SlotSpreadPlacementAttribute() : PlacementAttribute(SlotSpreadPlacement.Singleton);
