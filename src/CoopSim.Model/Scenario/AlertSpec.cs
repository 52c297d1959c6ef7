using CoopSim.Model.World;

namespace CoopSim.Model.Scenario;

/// <summary>
/// An alert the scenario injects. <see cref="IssuedAt"/> is an offset from the scenario's epoch.
/// <see cref="Via"/>, when given, limits the origin's first sends to those channel ids.
/// </summary>
public sealed record AlertSpec(
    string Id,
    AlertKind Kind,
    Priority Priority,
    string Origin,
    Duration IssuedAt,
    AlertScope Scope,
    Duration? Expiry,
    string? Subject,
    IReadOnlyList<string> Via,
    string? Title = null);
