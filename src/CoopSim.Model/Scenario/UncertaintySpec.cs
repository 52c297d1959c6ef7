namespace CoopSim.Model.Scenario;

/// <summary>
/// One entry of a scenario's <c>uncertainty:</c> block as written: a parameter path with a range and a shape
/// (<c>{path: channels.kr-vn-desk.latency.median, range: 1h..48h}</c>), or a rule over the whole world
/// (<see cref="Rule"/> <c>estimates</c> or <c>sourced</c>) that varies every delay of that basis by a factor or
/// a percentage. Checked against the scenario when it loads; studies read it through CoopSim.Scenarios' Uncertainty.
/// </summary>
public sealed record UncertaintySpec(
    string? Path,
    string? Range,
    string? Shape,
    string? Rule,
    double? Factor,
    double? Percent,
    SourceLocation At,
    SourceLocation RangeAt);
