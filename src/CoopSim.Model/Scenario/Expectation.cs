namespace CoopSim.Model.Scenario;

/// <summary>
/// A check the scenario states about its own answer (<c>expect:</c>). <see cref="Metric"/> names what is
/// measured; the other fields narrow it. Bounds are numbers in the metric's unit: probabilities in [0,1],
/// times in hours.
/// </summary>
public sealed record Expectation(
    string Metric,
    string? Alert,
    string? Agency,
    string? Country,
    string? Subject,
    string? Statistic,
    double? AtLeast,
    double? AtMost,
    string Text,
    SourceLocation Location);
