namespace CoopSim.Studies.Answers;

/// <summary>
/// What key figures are measured for: an alert and a country, an alert and an agency (<see cref="IsAgency"/>: the
/// agency the scenario's question names), or a subject (with <see cref="Alert"/> empty).
/// </summary>
public sealed record KeyFigureTarget(string Alert, string Target, bool IsSubject, bool IsAgency = false);
