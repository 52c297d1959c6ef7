namespace CoopSim.Simulation.Compiled;

/// <summary>
/// What the hot path needs of one agency, in one flat struct: an event touches one cache line of agency
/// facts instead of an object, its handling table and its relay lists.
/// </summary>
/// <param name="Capacity">Officers who handle alerts at once; 0 when unlimited (docs/model.md, "Capacity and queue").</param>
/// <param name="Country">The country the agency counts as for scope: -1 for an international node (docs/model.md, "Scope").</param>
internal readonly record struct AgencyRow(
    long UtcOffsetMs,
    long OpensMs,
    long ClosesMs,
    int WeekendMask,
    bool AlwaysOpen,
    int Country,
    int UrgentDuty,
    int HandlingTable,
    int Capacity);
