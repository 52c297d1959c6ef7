namespace CoopSim.Orleans.Wire;

/// <summary>
/// Names a run across silos. Each silo loads the scenario from <see cref="ScenarioPath"/> itself and checks
/// <see cref="ContentHash"/>, so silos on one machine (or a shared disk) compile the same plan without
/// shipping the whole model through every grain call.
/// </summary>
[GenerateSerializer, Immutable, Alias("coopsim.run-spec")]
public sealed record RunSpec
{
    [Id(0)] public required string RunId { get; init; }

    [Id(1)] public required string ScenarioPath { get; init; }

    [Id(2)] public required string ContentHash { get; init; }

    [Id(3)] public required ulong Seed { get; init; }

    [Id(4)] public required bool Tracing { get; init; }

    [Id(5)] public required int AgencyCount { get; init; }
}
