using CoopSim.Model.Scenario;
using CoopSim.Scenarios.Yaml;
using CoopSim.Simulation.Engine;
using CoopSim.Simulation.Statistics;
using CoopSim.Studies.Answers;
using CoopSim.Studies.Comparisons;

namespace CoopSim.Studies.Advice;

/// <summary>
/// What advise measures: interception of a subject, or reach or time to act (median, p90) of an alert at a
/// country or an agency. Written <c>interception:SUBJECT</c>, <c>reach:[ALERT/]TARGET</c>,
/// <c>p50:[ALERT/]TARGET</c> or <c>p90:[ALERT/]TARGET</c>.
/// </summary>
public sealed record Objective(ObjectiveKind Kind, string Alert, string Target, bool TargetIsAgency)
{
    public bool IsTime => Kind is ObjectiveKind.MedianTime or ObjectiveKind.P90Time;

    public string Text => Kind switch
    {
        ObjectiveKind.Interception => $"interception:{Target}",
        ObjectiveKind.Reach => $"reach:{Alert}/{Target}",
        ObjectiveKind.MedianTime => $"p50:{Alert}/{Target}",
        _ => $"p90:{Alert}/{Target}",
    };

    /// <summary>In words, for sentences: "interception of suspect", "the median time to act in KR on EB-1".</summary>
    public string Description => Kind switch
    {
        ObjectiveKind.Interception => $"interception of {Target}",
        ObjectiveKind.Reach => $"reach of {Alert} {Where}",
        ObjectiveKind.MedianTime => $"the median time to act on {Alert} {Where}",
        _ => $"the 90th percentile time to act on {Alert} {Where}",
    };

    private string Where => TargetIsAgency ? $"at {Target}" : $"in {Target}";

    /// <summary>The scenario's natural question: its first subject's interception, else its first alert's first scope country's median time.</summary>
    public static Objective? DefaultFor(ScenarioModel scenario)
    {
        if (scenario.Subjects.Count > 0) return new Objective(ObjectiveKind.Interception, string.Empty, scenario.Subjects[0].Id, false);
        var alert = scenario.Alerts.FirstOrDefault();
        var country = alert?.Scope.Countries.Order(StringComparer.Ordinal).FirstOrDefault();
        return alert is null || country is null ? null : new Objective(ObjectiveKind.MedianTime, alert.Id, country, false);
    }

    public static bool TryParse(string text, ScenarioModel scenario, out Objective? objective, out string error)
    {
        objective = null;
        error = string.Empty;
        var colon = text.IndexOf(':', StringComparison.Ordinal);
        var (metric, target) = colon < 0 ? (text, "") : (text[..colon], text[(colon + 1)..]);
        if (metric == "interception")
        {
            var subject = target.Length > 0 ? target : scenario.Subjects.FirstOrDefault()?.Id;
            if (subject is null || scenario.Subjects.All(s => s.Id != subject))
            {
                error = $"objective '{text}': the scenario has no subject '{target}'{Suggest.DidYouMean(target, scenario.Subjects.Select(s => s.Id))} (subjects: {Names(scenario.Subjects.Select(s => s.Id))})";
                return false;
            }

            objective = new Objective(ObjectiveKind.Interception, string.Empty, subject, false);
            return true;
        }

        ObjectiveKind? kind = metric switch { "reach" => ObjectiveKind.Reach, "p50" => ObjectiveKind.MedianTime, "p90" => ObjectiveKind.P90Time, _ => null };
        if (kind is null || target.Length == 0)
        {
            error = $"objective '{text}'{Suggest.DidYouMean(metric, Metrics)} must be interception:SUBJECT, reach:[ALERT/]TARGET, p50:[ALERT/]TARGET or p90:[ALERT/]TARGET (TARGET: a country code or an agency id)";
            return false;
        }

        var slash = target.IndexOf('/', StringComparison.Ordinal);
        var alert = slash < 0 ? scenario.Alerts.FirstOrDefault()?.Id ?? "" : target[..slash];
        var who = slash < 0 ? target : target[(slash + 1)..];
        if (scenario.Alerts.All(a => a.Id != alert))
        {
            error = $"objective '{text}': the scenario has no alert '{alert}'{Suggest.DidYouMean(alert, scenario.Alerts.Select(a => a.Id))} (alerts: {Names(scenario.Alerts.Select(a => a.Id))})";
            return false;
        }

        var isAgency = scenario.World.FindAgency(who) is not null;
        if (!isAgency && scenario.World.FindCountry(who) is null)
        {
            error = $"objective '{text}': '{who}' is neither a country code nor an agency id of the scenario's world{TargetSuggestion(who, scenario)}";
            return false;
        }

        objective = new Objective(kind.Value, alert, who, isAgency);
        return true;
    }

    /// <summary>
    /// The gain of <paramref name="variant"/> over <paramref name="baseRun"/>, replication by replication (the
    /// runs share their random streams): for shares variant − base in points of 0–1, for times base − variant
    /// in hours, so that a positive gain is always better.
    /// </summary>
    public Gain Measure(SimulationRun baseRun, SimulationRun variant, ulong seed)
    {
        var n = Math.Min(baseRun.Replications.Count, variant.Replications.Count);
        var b = Samples(baseRun).Take(n).ToArray();
        var v = Samples(variant).Take(n).ToArray();
        switch (Kind)
        {
            case ObjectiveKind.Interception or ObjectiveKind.Reach:
                var d = PairedComparison.PairedMean(b, v);
                return new Gain(d.Base, d.Variant, d.Difference, d.Low, d.High);
            default:
                var q = PairedComparison.QuantileDifference(b, v, Kind == ObjectiveKind.MedianTime ? 0.5 : 0.9, seed);
                var (pb, pv) = (Percentile(b), Percentile(v));
                if (double.IsNaN(q.Difference) && double.IsInfinity(pb) != double.IsInfinity(pv))
                    return new Gain(pb, pv, double.IsInfinity(pb) ? double.PositiveInfinity : double.NegativeInfinity, double.NaN, double.NaN);
                return new Gain(pb, pv, -q.Difference, -q.High, -q.Low);
        }
    }

    private double Percentile(double[] values)
    {
        var sorted = values.Order().ToArray();
        return Stats.Percentile(sorted, Kind == ObjectiveKind.MedianTime ? 0.5 : 0.9);
    }

    private double[] Samples(SimulationRun run) => Kind switch
    {
        ObjectiveKind.Interception => ReplicationSamples.Intercepted(run, Target),
        ObjectiveKind.Reach => Hours(run).Select(h => double.IsFinite(h) ? 1.0 : 0.0).ToArray(),
        _ => Hours(run),
    };

    private double[] Hours(SimulationRun run) => TargetIsAgency
        ? ReplicationSamples.HoursToAgency(run, Alert, Target)
        : ReplicationSamples.HoursToCountry(run, Alert, Target);

    private static readonly string[] Metrics = ["interception", "reach", "p50", "p90"];

    /// <summary>A country by its code or name ("Korea" → KR), or an agency by its id.</summary>
    private static string TargetSuggestion(string who, ScenarioModel scenario)
    {
        var countries = scenario.World.Countries.Select(c => (c.Code, c.Code)).Concat(scenario.World.Countries.Select(c => (c.Name, c.Code)));
        var named = countries.Concat(scenario.World.Agencies.Select(a => (a.Id, a.Id)));
        return Suggest.DidYouMean(who, named);
    }

    private static string Names(IEnumerable<string> ids)
    {
        var list = ids.ToArray();
        return list.Length == 0 ? "none" : string.Join(", ", list);
    }
}
