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

    /// <summary>Where each item was defined, keyed by (kind, id).</summary>
    public Dictionary<(string Kind, string Id), SourceLocation> Locations { get; } = [];

    /// <summary>Where each reference was written: (kind referred to, id, where).</summary>
    public List<(string Kind, string Id, SourceLocation Where)> References { get; } = [];

    public WorldModel ToModel() => new(Countries.ToArray(), Regions.ToArray(), Agencies.ToArray(), Channels.ToArray(), Agreements.ToArray(), Defaults);
}
