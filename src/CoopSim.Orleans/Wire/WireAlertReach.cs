namespace CoopSim.Orleans.Wire;

/// <summary>One (alert, reach record) pair of an agency's report.</summary>
[GenerateSerializer, Immutable, Alias("coopsim.alert-reach")]
public sealed record WireAlertReach
{
    [Id(0)] public required int Alert { get; init; }

    [Id(1)] public required WireReach Record { get; init; }
}
