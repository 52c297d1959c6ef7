namespace CoopSim.Workshop;

/// <summary>
/// The workshop's reach counters: distinct agencies and countries that can act on any alert (never more than
/// the world has, however many alerts are in play), and the same per alert.
/// </summary>
internal sealed class ReachCounter
{
    private readonly HashSet<string> _agencies = new(StringComparer.Ordinal);
    private readonly HashSet<string> _countries = new(StringComparer.Ordinal);
    private readonly SortedDictionary<string, (HashSet<string> Agencies, HashSet<string> Countries)> _perAlert = new(StringComparer.Ordinal);

    public int Agencies => _agencies.Count;

    public int Countries => _countries.Count;

    public void Add(string alert, string agency, string? country)
    {
        _agencies.Add(agency);
        if (!_perAlert.TryGetValue(alert, out var sets)) _perAlert[alert] = sets = (new(StringComparer.Ordinal), new(StringComparer.Ordinal));
        sets.Agencies.Add(agency);
        if (country is null) return;
        _countries.Add(country);
        sets.Countries.Add(country);
    }

    public void Clear()
    {
        _agencies.Clear();
        _countries.Clear();
        _perAlert.Clear();
    }

    public object[] PerAlert() => _perAlert.Select(p => (object)new { alert = p.Key, agencies = p.Value.Agencies.Count, countries = p.Value.Countries.Count }).ToArray();
}
