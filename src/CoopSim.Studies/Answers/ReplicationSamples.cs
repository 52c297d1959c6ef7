using CoopSim.Model.World;
using CoopSim.Simulation.Engine;

namespace CoopSim.Studies.Answers;

/// <summary>
/// Per-replication values read straight from a run's raw metrics: when an alert reached an agency or a
/// country (∞ when it did not), and whether a subject was intercepted.
/// </summary>
public static class ReplicationSamples
{
    /// <summary>Hours from issue until the agency could act, per replication; +∞ where it never could.</summary>
    public static double[] HoursToAgency(SimulationRun run, string alert, string agency)
    {
        var a = run.Index.AlertIndex(alert);
        var g = run.Index.AgencyIndex(agency);
        return run.Replications.Select(r => a >= 0 && g >= 0 && r.Alerts[a].TryGet(g, out var rec) ? rec.AtMs / 3_600_000.0 : double.PositiveInfinity).ToArray();
    }

    /// <summary>Hours from issue until the first agency of the country (not an international node) could act; +∞ where none could.</summary>
    public static double[] HoursToCountry(SimulationRun run, string alert, string country)
    {
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
        var s = run.Index.SubjectIndex(subject);
        return run.Replications.Select(r => s >= 0 && r.Subjects[s].InterceptedAtStop >= 0 ? 1.0 : 0.0).ToArray();
    }

    /// <summary>The countries an alert was meant for or reached in either run, in code order.</summary>
    public static IReadOnlyList<string> CountriesOf(string alert, params SimulationRun[] runs) => runs
        .SelectMany(run => run.Result.Alerts.Where(x => x.Id == alert).SelectMany(x => x.Countries.Select(c => c.Country)))
        .Distinct().Order(StringComparer.Ordinal).ToArray();

    public static bool IsBlockEntry(Capability capabilities) => (capabilities & Capability.BlockEntry) != 0;
}
