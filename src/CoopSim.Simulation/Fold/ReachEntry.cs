namespace CoopSim.Simulation.Fold;

/// <summary>A <see cref="ReachList"/> entry: the alert and its record packed; <see cref="PackedReach.Wide"/> when the record is kept whole on the side.</summary>
internal struct ReachEntry
{
    public int Alert;
    public PackedReach Record;
}
