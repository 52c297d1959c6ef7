namespace CoopSim.Simulation.Compiled;

/// <summary>
/// One edge as the hot path reads it: an agency's out-edges are adjacent rows of one array, so relaying
/// to them reads a few consecutive cache lines. Delays are indices into <see cref="KernelTables.Samplers"/>
/// (-1 when the hop has none).
/// </summary>
internal readonly record struct EdgeRow(
    int Index,
    int From,
    int To,
    int Channel,
    double Loss,
    int Latency,
    int Translation,
    int LegalReview,
    bool OwnAlertsOnly,
    int ScopeCountry,
    CompiledOutage[] Outages);
