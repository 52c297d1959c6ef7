using CoopSim.Model.Scenario;
using CoopSim.Simulation.Engine;
using CoopSim.Simulation.Statistics;

namespace CoopSim.Studies.Answers;

/// <summary>
/// Measures <see cref="ScenarioAnswer"/>. The target is the scenario's <c>answer:</c>; without one, the target
/// of its first reach, time-to-reach or interception expectation; without those, its first alert's first
/// country in scope. Percentiles use the rule of <see cref="Stats.SummarizeTimes"/>, so the median here is
/// the median `run`, `check` and `compare` print.
/// </summary>
public static class ScenarioAnswerEvaluator
{
    /// <param name="target">The figure to measure; by default the scenario's own (a what-if is measured on its base's target, so the two answers compare).</param>
    public static ScenarioAnswer? Evaluate(ScenarioModel scenario, SimulationRun run, AnswerSpec? target = null)
    {
        target ??= TargetOf(scenario);
        if (target is null) return null;
        // ReplicationSamples reads the values an answer probe took while the run folded, when it took this figure.
        if (target.Subject is { } subject)
        {
            var stopped = ReplicationSamples.Intercepted(run, subject);
            return new ScenarioAnswer(target, Stats.Proportion((int)stopped.Sum(), stopped.Length), null, double.NaN, double.NaN);
        }

        var hours = target.Agency is { } agency
            ? ReplicationSamples.HoursToAgency(run, target.Alert!, agency)
            : ReplicationSamples.HoursToCountry(run, target.Alert!, target.Country!);
        var sorted = hours.Order().ToArray();
        var reached = Stats.Proportion(hours.Count(double.IsFinite), hours.Length);
        var within = target.Within is { } limit ? Stats.Proportion(hours.Count(h => h <= limit.TotalHours), hours.Length) : null;
        return new ScenarioAnswer(target, reached, within, Stats.Percentile(sorted, 0.5), Stats.Percentile(sorted, 0.9));
    }

    public static AnswerSpec? TargetOf(ScenarioModel scenario)
    {
        if (scenario.Answer is { } stated) return stated;
        foreach (var e in scenario.Expectations)
        {
            if (e.Metric is "reach" or "time-to-reach" && e.Alert is not null && (e.Agency ?? e.Country) is not null)
                return new AnswerSpec(e.Alert, e.Agency, e.Agency is null ? e.Country : null, null, null, e.Location);
            if (e.Metric == "interception" && e.Subject is not null)
                return new AnswerSpec(null, null, null, e.Subject, null, e.Location);
        }

        var first = scenario.Alerts.FirstOrDefault();
        if (first is null || first.Scope.Global || first.Scope.Countries.Count == 0) return null;
        var country = first.Scope.Countries.Order(StringComparer.Ordinal).First();
        return new AnswerSpec(first.Id, null, country, null, null, new SourceLocation(scenario.SourcePath, 0, 0));
    }
}
