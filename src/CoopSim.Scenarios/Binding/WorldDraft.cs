using CoopSim.Model.Scenario;
using CoopSim.Model.World;

namespace CoopSim.Scenarios.Binding;

/// <summary>
/// A world being assembled from files and scenario changes, with where each item was written so that
/// reference errors can point at the right line.
/// </summary>
public sealed class WorldDraft
{
    public List<Country> Countries { get; } = [];
    public List<Region> Regions { get; } = [];
    public List<Agency> Agencies { get; } = [];
    public List<Channel> Channels { get; } = [];
    public List<Agreement> Agreements { get; } = [];
    public WorldDefaults Defaults { get; set; } = WorldDefaults.Standard;

    /// <summary>Agencies a scenario removed: agreements still name them as parties, which is no error.</summary>
    public HashSet<string> RemovedAgencies { get; } = new(StringComparer.Ordinal);

    /// <summary>Where each item was defined, keyed by (kind, id).</summary>
    public Dictionary<(string Kind, string Id), SourceLocation> Locations { get; } = [];

    /// <summary>Where each reference was written: (kind referred to, id, where), and the item that makes it.</summary>
    public List<(string Kind, string Id, SourceLocation Where, string? Owner)> References { get; } = [];

    /// <summary>Forgets the references an item made, when a scenario removes the item.</summary>
    public void DropReferencesOf(string owner) => References.RemoveAll(r => r.Owner == owner);

    public WorldModel ToModel() => new(Countries.ToArray(), Regions.ToArray(), Agencies.ToArray(), Channels.ToArray(), Agreements.ToArray(), Defaults);
}
