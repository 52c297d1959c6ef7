namespace CoopSim.Orleans.Wire;

/// <summary>One lane's part of a call to an agency grain (AgencyWork), naming the lane's replication so a grain that lost it refuses.</summary>
[GenerateSerializer, Immutable, Alias("coopsim.agency-work")]
public sealed record WireAgencyWork
{
    [Id(0)] public required int Lane { get; init; }

    [Id(1)] public required int Replication { get; init; }

    /// <summary>AgencyWorkKind.</summary>
    [Id(2)] public required byte Kind { get; init; }

    [Id(3)] public required WireMessage[] Inbox { get; init; }

    [Id(4)] public required long WindowEnd { get; init; }
}
