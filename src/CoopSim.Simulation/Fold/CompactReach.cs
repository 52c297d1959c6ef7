namespace CoopSim.Simulation.Fold;

/// <summary>
/// A reach record as <see cref="GroupedRecords"/> keeps it between regrouping and folding: its agency and the rest
/// packed (44 bytes instead of 88); <see cref="PackedReach.Wide"/> when it is kept whole on the side. The path hash
/// is not stored: records are regrouped before their paths are summed, when it is still 0.
/// </summary>
internal struct CompactReach
{
    public int Agency;
    public PackedReach Record;
}
