namespace CoopSim.Orleans.Wire;

/// <summary>One alert's reach in one replication (AlertReplication).</summary>
[GenerateSerializer, Immutable, Alias("coopsim.alert-replication")]
public sealed record WireAlertReplication
{
    [Id(0)] public required WireReach[] Reached { get; init; }

    [Id(1)] public required int LostRelays { get; init; }
}
