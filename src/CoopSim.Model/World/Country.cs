namespace CoopSim.Model.World;

/// <summary>
/// A country. Offsets are fixed: none of the seed countries keeps daylight saving except the US, and a
/// fixed offset keeps local-time arithmetic exact and independent of the host's time-zone database.
/// </summary>
public sealed record Country(
    string Code,
    string Name,
    int UtcOffsetMinutes,
    IReadOnlyList<string> Languages,
    IReadOnlyList<DayOfWeek> Weekend,
    string? Capital = null,
    double? Latitude = null,
    double? Longitude = null,
    string? Source = null);
