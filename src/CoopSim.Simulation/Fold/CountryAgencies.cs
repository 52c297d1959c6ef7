using CoopSim.Simulation.Compiled;

namespace CoopSim.Simulation.Fold;

/// <summary>
/// The national agencies of each country, in agency index order: built once per run so that listing a scoped
/// alert's unreached agencies costs the agencies of its countries, not a pass over the whole world per alert.
/// International agencies belong to no country's scope (they are not counted in country reach either).
/// </summary>
internal sealed class CountryAgencies
{
    private readonly int[][] _byCountry;

    public CountryAgencies(CompiledWorld world)
    {
        var lists = new List<int>[world.CountryCodes.Length];
        for (var c = 0; c < lists.Length; c++) lists[c] = [];
        CountryOf = new int[world.Agencies.Length];
        for (var a = 0; a < world.Agencies.Length; a++)
        {
            var agency = world.Agencies[a];
            var national = !agency.International && agency.Country >= 0;
            CountryOf[a] = national ? agency.Country : -1;
            if (national) lists[agency.Country].Add(a);
        }

        _byCountry = lists.Select(l => l.ToArray()).ToArray();
    }

    /// <summary>
    /// Per agency: its country when it is a national agency, else -1 (what country reach counts). One flat array, so
    /// folding a record does not read the agency's object.
    /// </summary>
    public int[] CountryOf { get; }

    /// <summary>The national agencies of <paramref name="countries"/>, ascending by agency index.</summary>
    public int[] Of(IEnumerable<int> countries)
    {
        var all = countries.Distinct().SelectMany(c => _byCountry[c]).ToArray();
        Array.Sort(all);
        return all;
    }
}
