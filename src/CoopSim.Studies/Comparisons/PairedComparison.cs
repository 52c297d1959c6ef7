using CoopSim.Model;
using CoopSim.Model.Scenario;
using CoopSim.Simulation.Engine;
using CoopSim.Simulation.Statistics;
using CoopSim.Studies.Answers;

namespace CoopSim.Studies.Comparisons;

/// <summary>
/// Compares two runs replication by replication. Both used the same seed, so replication r of each drew
/// from the same agency streams (docs/architecture.md, "Time and chance"): differences of paired indicators have small variance and a
/// plain paired interval; percentile differences get a paired bootstrap with a fixed seed, so the output is
/// as deterministic as the runs.
/// </summary>
public static class PairedComparison
{
    private const int BootstrapSamples = 2000;

    /// <param name="question">The base scenario's question (<see cref="ScenarioAnswerEvaluator.TargetOf"/>): when it names an agency, that agency is compared too.</param>
    public static ComparisonResult Compare(SimulationRun baseRun, SimulationRun variant, ulong seed, AnswerSpec? question = null)
    {
        var n = Math.Min(baseRun.Replications.Count, variant.Replications.Count);
        var agencies = new List<AgencyComparison>();
        if (KeyFigures.AgencyOf(question, baseRun) is { } asked && variant.Result.Alerts.Any(a => a.Id == asked.Alert))
        {
            var b = ReplicationSamples.HoursToAgency(baseRun, asked.Alert, asked.Target).Take(n).ToArray();
            var v = ReplicationSamples.HoursToAgency(variant, asked.Alert, asked.Target).Take(n).ToArray();
            agencies.Add(new AgencyComparison(asked.Alert, asked.Target, PairedMean(b.Select(Reached).ToArray(), v.Select(Reached).ToArray()),
                QuantileDifference(b, v, 0.5, seed), QuantileDifference(b, v, 0.9, seed)));
        }

        var alerts = baseRun.Result.Alerts.Select(a => a.Id).Where(id => variant.Result.Alerts.Any(v => v.Id == id)).ToArray();
        var countries = new List<CountryComparison>();
        foreach (var alert in alerts)
        {
            foreach (var country in ReplicationSamples.CountriesOf(alert, baseRun, variant))
            {
                var b = ReplicationSamples.HoursToCountry(baseRun, alert, country).Take(n).ToArray();
                var v = ReplicationSamples.HoursToCountry(variant, alert, country).Take(n).ToArray();
                var reach = PairedMean(b.Select(Reached).ToArray(), v.Select(Reached).ToArray());
                countries.Add(new CountryComparison(alert, country, reach,
                    QuantileDifference(b, v, 0.5, seed), QuantileDifference(b, v, 0.9, seed)));
            }
        }

        var subjects = baseRun.Index.Subjects.Where(s => variant.Index.Subjects.Contains(s))
            .Select(s => new SubjectComparison(s, PairedMean(
                ReplicationSamples.Intercepted(baseRun, s).Take(n).ToArray(),
                ReplicationSamples.Intercepted(variant, s).Take(n).ToArray())))
            .ToArray();
        return new ComparisonResult(baseRun.Result.Scenario, variant.Result.Scenario, seed, n, countries, subjects, agencies);
    }

    private static double Reached(double hours) => double.IsPositiveInfinity(hours) ? 0 : 1;

    /// <summary>Mean of paired differences (variant − base) with a normal 95% interval.</summary>
    public static DifferenceEstimate PairedMean(double[] b, double[] v)
    {
        var d = new double[b.Length];
        for (var i = 0; i < d.Length; i++) d[i] = v[i] - b[i];
        var s = Stats.Summarize(d);
        return new DifferenceEstimate(b.Average(), v.Average(), s.Mean, s.CiLow, s.CiHigh);
    }

    /// <summary>Paired bootstrap of the difference of percentiles; NaN where either run's percentile is never reached.</summary>
    public static DifferenceEstimate QuantileDifference(double[] b, double[] v, double q, ulong seed)
    {
        var pb = Percentile(b, q);
        var pv = Percentile(v, q);
        if (!double.IsFinite(pb) || !double.IsFinite(pv)) return new DifferenceEstimate(pb, pv, double.NaN, double.NaN, double.NaN);
        var random = new SimRandom(seed ^ 0xC0FFEEUL);
        var diffs = new double[BootstrapSamples];
        var sb = new double[b.Length];
        var sv = new double[v.Length];
        for (var k = 0; k < BootstrapSamples; k++)
        {
            for (var i = 0; i < b.Length; i++)
            {
                var j = (int)(random.NextUInt64() % (ulong)b.Length);
                sb[i] = b[j];
                sv[i] = v[j];
            }

            var diff = Percentile(sv, q) - Percentile(sb, q);

            // Both unreached in a resample (∞ − ∞): no difference to speak of.
            diffs[k] = double.IsNaN(diff) ? 0 : diff;
        }

        Array.Sort(diffs);
        return new DifferenceEstimate(pb, pv, pv - pb, Stats.Percentile(diffs, 0.025), Stats.Percentile(diffs, 0.975));
    }

    private static double Percentile(double[] values, double q)
    {
        var sorted = (double[])values.Clone();
        Array.Sort(sorted);
        return Stats.Percentile(sorted, q);
    }
}
