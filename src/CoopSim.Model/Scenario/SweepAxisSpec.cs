namespace CoopSim.Model.Scenario;

/// <summary>
/// One axis of a scenario's <c>sweep:</c> block as written: a parameter path and its values (a list or a
/// range), with where each was written so that a bad path or value is reported at its place.
/// </summary>
public sealed record SweepAxisSpec(string Path, IReadOnlyList<string> Values, SourceLocation PathAt, SourceLocation ValuesAt);
