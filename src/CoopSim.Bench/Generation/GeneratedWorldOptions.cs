using CoopSim.Model;

namespace CoopSim.Bench.Generation;

/// <summary>
/// Shape of a synthetic world for benchmarks and scale tests. Alerts spread domestically from their
/// origin; <see cref="GlobalAlerts"/> lets them cross borders through each country's NCB.
/// </summary>
public sealed record GeneratedWorldOptions(
    int Agencies = 10_000,
    int Countries = 100,
    int Alerts = 200,
    bool GlobalAlerts = true,
    Duration? AlertExpiry = null,
    Duration? IssueSpread = null,
    int InternationalLinksPerNcb = 4,
    ulong LayoutSeed = 42);
