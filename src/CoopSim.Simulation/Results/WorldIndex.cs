namespace CoopSim.Simulation.Results;

/// <summary>The names behind the indices in <see cref="ReplicationMetrics"/>.</summary>
public sealed record WorldIndex(
    IReadOnlyList<string> Agencies,
    IReadOnlyList<string> AgencyCountries,
    IReadOnlyList<bool> AgencyInternational,
    IReadOnlyList<string> Channels,
    IReadOnlyList<string> Alerts,
    IReadOnlyList<string> Subjects)
{
    public int AgencyIndex(string id) => IndexOf(Agencies, id);
    public int AlertIndex(string id) => IndexOf(Alerts, id);
    public int SubjectIndex(string id) => IndexOf(Subjects, id);

    private static int IndexOf(IReadOnlyList<string> list, string id)
    {
        for (var i = 0; i < list.Count; i++)
            if (string.Equals(list[i], id, StringComparison.Ordinal)) return i;
        return -1;
    }
}
