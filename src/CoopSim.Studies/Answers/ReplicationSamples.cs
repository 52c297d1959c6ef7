using CoopSim.Model.World;
using CoopSim.Simulation.Engine;
using CoopSim.Studies.Probes;

namespace CoopSim.Studies.Answers;

/// <summary>
/// Per-replication values of a run: when an alert reached an agency or a country (∞ when it did not), and whether a
/// subject was intercepted. Read from the <see cref="AnswerProbe"/> that took them while the run folded, when it took
/// this figure (a run that kept no replication's metrics, e.g. a study's point on a cluster, has only those), else
/// straight from the run's raw metrics.
/// </summary>
public static class ReplicationSamples
{
    /// <summary>Hours from issue until the agency could act, per replication; +∞ where it never could.</summary>
    public static double[] HoursToAgency(SimulationRun run, string alert, string agency)
    {
        if (Taken(run, t => t.Subject is null && t.Alert == alert && t.Agency == agency) is { } taken) return taken;
        var a = run.Index.AlertIndex(alert);
        var g = run.Index.AgencyIndex(agency);
        return run.Replications.Select(r => a >= 0 && g >= 0 && r.Alerts[a].TryGet(g, out var rec) ? rec.AtMs / 3_600_000.0 : double.PositiveInfinity).ToArray();
    }

    /// <summary>Hours from issue until the first agency of the country (not an international node) could act; +∞ where none could.</summary>
    public static double[] HoursToCountry(SimulationRun run, string alert, string country)
    {
        if (Taken(run, t => t.Subject is null && t.Alert == alert && t.Agency is null && t.Country == country) is { } taken) return taken;
        var a = run.Index.AlertIndex(alert);
        return run.Replications.Select(r =>
        {
            if (a < 0) return double.PositiveInfinity;
            var best = double.PositiveInfinity;
            foreach (var rec in r.Alerts[a].Reached)
            {
                if (run.Index.AgencyInternational[rec.Agency] || run.Index.AgencyCountries[rec.Agency] != country) continue;
                best = Math.Min(best, rec.AtMs / 3_600_000.0);
            }

            return best;
        }).ToArray();
    }

    public static double[] Intercepted(SimulationRun run, string subject)
    {
        if (Taken(run, t => t.Subject == subject) is { } taken) return taken;
        var s = run.Index.SubjectIndex(subject);
        return run.Replications.Select(r => s >= 0 && r.Subjects[s].InterceptedAtStop >= 0 ? 1.0 : 0.0).ToArray();
    }

    /// <summary>
    /// The values a probe took for the figure <paramref name="matches"/> describes, or null to read kept metrics; a run
    /// that has neither fails rather than answer from no replications.
    /// </summary>
    private static double[]? Taken(SimulationRun run, Func<Model.Scenario.AnswerSpec, bool> matches)
    {
        if (CombinedProbe.Find<AnswerProbe>(run.Probe) is { } probe && matches(probe.Target)) return probe.Values.ToArray();
        if (run.Replications.Count == 0 && run.Result.Replications > 0)
            throw new InvalidOperationException("this figure needs each replication's values: the run kept no replication's metrics and took no answer probe of it");
        return null;
    }

    /// <summary>The countries an alert was meant for or reached in either run, in code order.</summary>
    public static IReadOnlyList<string> CountriesOf(string alert, params SimulationRun[] runs) => runs
        .SelectMany(run => run.Result.Alerts.Where(x => x.Id == alert).SelectMany(x => x.Countries.Select(c => c.Country)))
        .Distinct().Order(StringComparer.Ordinal).ToArray();

    public static bool IsBlockEntry(Capability capabilities) => (capabilities & Capability.BlockEntry) != 0;
}
