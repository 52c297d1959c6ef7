namespace CoopSim.Orleans.Wire;

/// <summary>One subject's interception in one replication (SubjectReplication).</summary>
[GenerateSerializer, Immutable, Alias("coopsim.subject-replication")]
public sealed record WireSubjectReplication
{
    [Id(0)] public required int InterceptedAtStop { get; init; }

    [Id(1)] public required long?[] LeadTimesMs { get; init; }
}
