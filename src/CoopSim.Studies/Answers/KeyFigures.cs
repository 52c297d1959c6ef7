using CoopSim.Model.Scenario;
using CoopSim.Simulation.Engine;
using CoopSim.Simulation.Statistics;
using CoopSim.Studies.Probes;

namespace CoopSim.Studies.Answers;

/// <summary>
/// The figures a planner reads first: per alert and country it was meant for, the share of runs that reached
/// it and the median and 90th percentile time to act (runs that never got there count as never, so a p90 is
/// not flattered by failures); per subject, interception. Intervals: Wilson for shares, order statistics for
/// percentiles.
/// </summary>
public static class KeyFigures
{
    public const string Reach = "reach";
    public const string P50Hours = "p50_h";
    public const string P90Hours = "p90_h";
    public const string Interception = "interception";

    /// <summary>
    /// The targets of a run: the agency the scenario's question names, when it names one (<paramref name="question"/>),
    /// first, since that is what the planner asked about; then each alert's scope countries (for an alert meant for
    /// everyone, the countries it reached other than its origin's), then every subject. Measured once on a base run,
    /// so that every point of a sweep reports the same columns.
    /// </summary>
    public static IReadOnlyList<KeyFigureTarget> TargetsOf(SimulationRun run, AnswerSpec? question = null)
    {
        var targets = new List<KeyFigureTarget>();
        if (AgencyOf(question, run) is { } asked) targets.Add(asked);
        foreach (var alert in run.Result.Alerts)
        {
            var origin = run.Index.AgencyCountries[run.Index.AgencyIndex(alert.Origin)];
            var countries = alert.Scope is ["*"]
                ? alert.Countries.Where(c => c.Country != origin).Select(c => c.Country)
                : alert.Scope;
            targets.AddRange(countries.Order(StringComparer.Ordinal).Select(c => new KeyFigureTarget(alert.Id, c, false)));
        }

        targets.AddRange(run.Result.Subjects.Select(s => new KeyFigureTarget(string.Empty, s.Subject, true)));
        return targets;
    }

    /// <summary>The figures of each target, from the run's <see cref="KeyFigureProbe"/> when it had one, else from its kept replications.</summary>
    public static IReadOnlyList<KeyFigure> Measure(SimulationRun run, IReadOnlyList<KeyFigureTarget> targets)
    {
        var probe = CombinedProbe.Find<KeyFigureProbe>(run.Probe);
        var figures = new List<KeyFigure>();
        foreach (var target in targets)
        {
            if (target.IsSubject)
            {
                var intercepted = probe?.Intercepted(target.Target) ?? ReplicationSamples.Intercepted(run, target.Target);
                var p = Stats.Proportion((int)intercepted.Sum(), intercepted.Length);
                figures.Add(new KeyFigure(target.Alert, target.Target, Interception, p.Value, p.CiLow, p.CiHigh));
                continue;
            }

            var hours = target.IsAgency
                ? probe?.HoursToAgency(target.Alert, target.Target) ?? ReplicationSamples.HoursToAgency(run, target.Alert, target.Target)
                : probe?.HoursToCountry(target.Alert, target.Target) ?? ReplicationSamples.HoursToCountry(run, target.Alert, target.Target);
            var reach = Stats.Proportion(hours.Count(double.IsFinite), hours.Length);
            figures.Add(new KeyFigure(target.Alert, target.Target, Reach, reach.Value, reach.CiLow, reach.CiHigh, target.IsAgency));
            var p50 = Quantiles.WithInterval(hours, 0.5);
            figures.Add(new KeyFigure(target.Alert, target.Target, P50Hours, p50.Value, p50.Low, p50.High, target.IsAgency));
            var p90 = Quantiles.WithInterval(hours, 0.9);
            figures.Add(new KeyFigure(target.Alert, target.Target, P90Hours, p90.Value, p90.Low, p90.High, target.IsAgency));
        }

        return figures;
    }

    /// <summary>The question's alert and agency, when the question names an agency and the run has that alert.</summary>
    public static KeyFigureTarget? AgencyOf(AnswerSpec? question, SimulationRun run) =>
        question is { Agency: { } agency, Subject: null } && (question.Alert ?? run.Result.Alerts.FirstOrDefault()?.Id) is { } alert
            && run.Result.Alerts.Any(a => a.Id == alert)
            ? new KeyFigureTarget(alert, agency, false, IsAgency: true)
            : null;
}
