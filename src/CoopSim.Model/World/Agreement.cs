namespace CoopSim.Model.World;

/// <summary>The MOU, plan or treaty behind channels; <see cref="Source"/> is a seed article's file name or a URL.</summary>
public sealed record Agreement(
    string Id,
    string Name,
    DateOnly? Signed,
    IReadOnlyList<string> Parties,
    string Source,
    string? Notes = null);
