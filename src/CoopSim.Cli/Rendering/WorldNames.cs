using CoopSim.Model.World;

namespace CoopSim.Cli.Rendering;

/// <summary>
/// The names people read in place of ids: an agency's full name and its short form for paths and labels, a
/// country's name. An id the world does not know (a result read without its world) stands for itself.
/// </summary>
internal sealed class WorldNames(WorldModel world)
{
    private readonly Dictionary<string, Agency> _agencies = world.Agencies.GroupBy(a => a.Id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
    private readonly Dictionary<string, Country> _countries = world.Countries.GroupBy(c => c.Code, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);

    public string Agency(string id) => _agencies.TryGetValue(id, out var a) ? a.Name : id;

    public string AgencyShort(string id) => _agencies.TryGetValue(id, out var a) ? a.Label : id;

    public string Country(string code) => _countries.TryGetValue(code, out var c) ? c.Name : code;
}
