namespace CoopSim.Model.World;

/// <summary>
/// An agency. <see cref="International"/> marks regional and international nodes (INTERPOL's General
/// Secretariat, CARICC, SCO RATS): they sit in a host country for their clock, but count as no country's
/// reach and pass alerts on whatever the alert's scope. <see cref="ShortName"/> is the form for map labels
/// and paths ("MPS Korea Desk"). <see cref="Capacity"/> is the number of officers who handle alerts at once
/// (docs/model.md, "Capacity and queue"); null means as many as there are alerts (no one waits for an officer).
/// </summary>
public sealed record Agency(
    string Id,
    string Name,
    string Country,
    AgencyKind Kind,
    OfficeHours Hours,
    IReadOnlyList<string> Languages,
    IReadOnlyList<HandlingDelay> HandlingDelays,
    Capability Capabilities,
    RelayPolicy? Relay,
    bool International = false,
    string? Source = null,
    string? ShortName = null,
    int? Capacity = null)
{
    /// <summary>The name for labels and paths: <c>short-name</c> when the world gives one, else the id.</summary>
    public string Label => ShortName ?? Id;
}
