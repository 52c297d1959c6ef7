namespace CoopSim.Simulation.Fold;

/// <summary>
/// A <see cref="ReachLog"/> entry: the alert and its record in the compact form the fold regroups
/// (<see cref="CompactReach"/>), so regrouping copies it as it is; <see cref="PackedReach.Wide"/> when the record is
/// kept whole on the log's side.
/// </summary>
internal struct LoggedReach
{
    public int Alert;
    public CompactReach Reach;
}
