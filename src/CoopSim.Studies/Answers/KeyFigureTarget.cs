namespace CoopSim.Studies.Answers;

/// <summary>What key figures are measured for: an alert and a country, or a subject (with <see cref="Alert"/> empty).</summary>
public sealed record KeyFigureTarget(string Alert, string Target, bool IsSubject);
