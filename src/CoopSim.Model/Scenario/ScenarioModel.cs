using CoopSim.Model.World;

namespace CoopSim.Model.Scenario;

/// <summary>
/// A scenario with its what-if changes already applied to <see cref="World"/>. <see cref="Epoch"/> is the
/// instant simulated time zero stands for. <see cref="Sweep"/> is the scenario's own <c>sweep:</c> block (empty
/// when it has none); a plain run ignores it. <see cref="Answer"/> names the figure that answers
/// <see cref="Question"/>, when the scenario says. <see cref="Uncertainty"/> is its <c>uncertainty:</c> block (which
/// inputs are uncertain, for sensitivity and <c>run --uncertainty</c>); a plain run ignores it.
/// </summary>
public sealed record ScenarioModel(
    string Name,
    string? Question,
    string SourcePath,
    WorldModel World,
    DateTimeOffset Epoch,
    IReadOnlyList<AlertSpec> Alerts,
    IReadOnlyList<Subject> Subjects,
    IReadOnlyList<ChannelOutage> Outages,
    RunSettings Run,
    IReadOnlyList<Expectation> Expectations,
    IReadOnlyList<SweepAxisSpec>? Sweep = null,
    AnswerSpec? Answer = null,
    IReadOnlyList<UncertaintySpec>? Uncertainty = null)
{
    /// <summary>
    /// What a study changed after loading the files at <see cref="SourcePath"/> (a sweep point's settings, an advice
    /// candidate's changes, an uncertain-input sample), in the text form of <c>ScenarioChanges</c>, which alone sets it;
    /// empty for the files as written. A silo in another process rebuilds the scenario from the files and this.
    /// </summary>
    public string Changes { get; init; } = "";
}
