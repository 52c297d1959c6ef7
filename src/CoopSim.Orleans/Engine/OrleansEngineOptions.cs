namespace CoopSim.Orleans.Engine;

/// <summary>How the Orleans engine spreads a run.</summary>
public sealed record OrleansEngineOptions
{
    public OrleansEngineMode Mode { get; init; } = OrleansEngineMode.AgencyGrains;

    /// <summary>Replication worker grains per run (replications path): how many replications run at once across the cluster.</summary>
    public int ReplicationSlots { get; init; } = 8;

    /// <summary>
    /// How often one replication is re-run after a grain lost its state or a silo stopped. A replication
    /// is a pure function of (seed, index), so a re-run gives the same bytes; after this many the run fails.
    /// </summary>
    public int ReplicationAttempts { get; init; } = 3;
}
