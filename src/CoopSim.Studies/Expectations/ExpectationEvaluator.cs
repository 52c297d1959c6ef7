using CoopSim.Model.Scenario;
using CoopSim.Simulation.Engine;
using CoopSim.Simulation.Statistics;
using CoopSim.Studies.Answers;

namespace CoopSim.Studies.Expectations;

/// <summary>
/// Measures a scenario's <c>expect:</c> checks on a run. Probabilities come with Wilson intervals, means with
/// normal ones, percentiles with order-statistic ones; a replication that never reached the target counts as
/// taking forever, so a p90 cannot look good by ignoring the runs that failed.
/// </summary>
public static class ExpectationEvaluator
{
    public static IReadOnlyList<ExpectationOutcome> Evaluate(ScenarioModel scenario, SimulationRun run) =>
        scenario.Expectations.Select(e => Evaluate(e, run)).ToArray();

    public static ExpectationOutcome Evaluate(Expectation e, SimulationRun run)
    {
        var (value, low, high, unit) = e.Metric switch
        {
            "reach" => Reach(e, run),
            "time-to-reach" => TimeToReach(e, run),
            "interception" => Probability(ReplicationSamples.Intercepted(run, e.Subject!)),
            _ => AlertSummary(e, run),
        };
        var passed = !double.IsNaN(value) && (e.AtLeast is not { } lo || value >= lo) && (e.AtMost is not { } hi || value <= hi);
        return new ExpectationOutcome(e, value, low, high, passed, unit);
    }

    private static (double, double, double, string) Reach(Expectation e, SimulationRun run)
    {
        var hours = e.Agency is not null
            ? ReplicationSamples.HoursToAgency(run, e.Alert!, e.Agency)
            : ReplicationSamples.HoursToCountry(run, e.Alert!, e.Country!);
        return Probability(hours.Select(h => double.IsPositiveInfinity(h) ? 0.0 : 1.0).ToArray());
    }

    private static (double, double, double, string) Probability(double[] indicators)
    {
        var p = Stats.Proportion((int)indicators.Sum(), indicators.Length);
        return (p.Value, p.CiLow, p.CiHigh, "");
    }

    private static (double, double, double, string) TimeToReach(Expectation e, SimulationRun run)
    {
        var hours = e.Agency is not null
            ? ReplicationSamples.HoursToAgency(run, e.Alert!, e.Agency)
            : ReplicationSamples.HoursToCountry(run, e.Alert!, e.Country!);
        if (e.Statistic == "mean")
        {
            var s = Stats.Summarize(hours.Where(double.IsFinite).ToArray());
            return (s.Mean, s.CiLow, s.CiHigh, "h");
        }

        var q = e.Statistic switch { "p90" => 0.9, "p99" => 0.99, _ => 0.5 };
        var (v, lo, hi) = Quantiles.WithInterval(hours, q);
        return (v, lo, hi, "h");
    }

    private static (double, double, double, string) AlertSummary(Expectation e, SimulationRun run)
    {
        var alert = run.Result.Alerts.FirstOrDefault(a => a.Id == e.Alert);
        if (alert is null) return (double.NaN, double.NaN, double.NaN, "");
        var s = e.Metric switch
        {
            "agencies-reached" => alert.AgenciesReached,
            "countries-reached" => alert.CountriesReached,
            _ => alert.ScopeShare,
        };
        return (s.Mean, s.CiLow, s.CiHigh, "");
    }
}
