namespace CoopSim.Model.Scenario;

/// <summary>
/// What the scenario's question asks about (<c>answer:</c>): how often, and how fast, <see cref="Alert"/>
/// lets <see cref="Agency"/> (or the first agency of <see cref="Country"/>) act, and, with
/// <see cref="Within"/>, how often that happens within that time; or, with <see cref="Subject"/>, how often
/// the subject is stopped in time. `run` and `report` lead with it.
/// </summary>
public sealed record AnswerSpec(string? Alert, string? Agency, string? Country, string? Subject, Duration? Within, SourceLocation Location);
