using CoopSim.Model.Scenario;

namespace CoopSim.Scenarios.Advice;

/// <summary>
/// A possible change a planner could make (a new channel, an agency going 24/7, a liaison officer), written as
/// a scenario <c>changes:</c> block, with an optional cost and the source it rests on.
/// </summary>
public sealed record Candidate(string Id, string Name, double? Cost, string? Source, ChangeSet Changes, SourceLocation Where);
