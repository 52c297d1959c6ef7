using CoopSim.Model.World;

namespace CoopSim.Simulation.Compiled;

/// <summary>An alert with its scope as a per-country lookup.</summary>
internal sealed class CompiledAlert
{
    public required int Index { get; init; }
    public required string Id { get; init; }
    public required AlertKind Kind { get; init; }
    public required Priority Priority { get; init; }
    public required int Origin { get; init; }
    public required long IssuedAtMs { get; init; }

    /// <summary>Arrivals after this are expired; <see cref="long.MaxValue"/> when the alert never expires.</summary>
    public required long ExpiresAtMs { get; init; }

    /// <summary>True for each country of the alert's scope.</summary>
    public required bool[] CountryInScope { get; init; }

    /// <summary>The origin's country: agencies there pass the alert among themselves whatever the scope.</summary>
    public required int OriginCountry { get; init; }

    public required bool Global { get; init; }

    /// <summary>The origin's first sends, when the alert names its channels; otherwise null.</summary>
    public required int[]? ViaEdges { get; init; }

    public required int Subject { get; init; }

    public int KindPriorityIndex => (int)Kind * 2 + (int)Priority;
}
