using CoopSim.Scenarios.Bundles;

namespace CoopSim.Orleans.Abstractions;

/// <summary>
/// A scenario's files on the wire (see <see cref="ScenarioBundle"/>), as written: what a study changes in them for a
/// run travels in the run's spec.
/// </summary>
[GenerateSerializer, Immutable, Alias("coopsim.scenario-bundle")]
public sealed record WireScenarioBundle
{
    [Id(0)] public required string ScenarioPath { get; init; }

    [Id(1)] public required string[] Paths { get; init; }

    [Id(2)] public required byte[][] Contents { get; init; }

    /// <summary>The files' hash (<see cref="ScenarioBundles.HashOf"/>); the run names files and changes by <see cref="ScenarioBundles.HashWith"/>.</summary>
    [Id(3)] public required string Hash { get; init; }

    public static WireScenarioBundle From(ScenarioBundle bundle) => new()
    {
        ScenarioPath = bundle.ScenarioPath,
        Paths = bundle.Files.Select(f => f.RelativePath).ToArray(),
        Contents = bundle.Files.Select(f => f.Content).ToArray(),
        Hash = bundle.Hash,
    };

    public ScenarioBundle ToBundle() =>
        new(ScenarioPath, Paths.Zip(Contents, (p, c) => new ScenarioBundleFile(p, c)).ToArray(), Hash);
}
