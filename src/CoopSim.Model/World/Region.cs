namespace CoopSim.Model.World;

/// <summary>A named group of countries that an alert's scope may name instead of listing them.</summary>
public sealed record Region(string Id, string Name, IReadOnlyList<string> Countries);
