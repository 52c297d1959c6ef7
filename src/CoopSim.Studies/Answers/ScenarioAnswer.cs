using CoopSim.Model.Scenario;
using CoopSim.Simulation.Statistics;

namespace CoopSim.Studies.Answers;

/// <summary>
/// The figure that answers a scenario's question, measured on a run. For an alert's target: how often it
/// could act (<see cref="Reached"/>), how often within <see cref="AnswerSpec.Within"/> (<see cref="WithinShare"/>),
/// and the median and p90 time to act in hours, counting runs that never got there as never (+∞).
/// For a subject: how often it was stopped in time (<see cref="Reached"/>; the times are NaN).
/// </summary>
public sealed record ScenarioAnswer(
    AnswerSpec Target,
    Proportion Reached,
    Proportion? WithinShare,
    double MedianHours,
    double P90Hours)
{
    public bool IsInterception => Target.Subject is not null;
}
