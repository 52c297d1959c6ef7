using CoopSim.Simulation.Engine;

namespace CoopSim.Bench.Validation;

/// <summary>Reads per-replication figures out of a run by alert and agency id (the public result, not the kernel).</summary>
internal static class RunReader
{
    /// <summary>Seconds from issue until <paramref name="agency"/> could act, in each replication that reached it.</summary>
    public static List<double> SecondsTo(SimulationRun run, string alert, string agency)
    {
        var a = run.Index.AlertIndex(alert);
        var g = run.Index.AgencyIndex(agency);
        var times = new List<double>();
        foreach (var rep in run.Replications)
            if (rep.Alerts[a].TryGet(g, out var record)) times.Add(record.AtMs / 1000.0);
        return times;
    }

    public static IEnumerable<string> AgenciesReached(SimulationRun run, string alert)
    {
        var a = run.Index.AlertIndex(alert);
        return run.Replications.SelectMany(r => r.Alerts[a].Reached).Select(r => run.Index.Agencies[r.Agency]).Distinct();
    }
}
