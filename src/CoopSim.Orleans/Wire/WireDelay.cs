namespace CoopSim.Orleans.Wire;

/// <summary>A hop's or path's delay breakdown on the wire (DelayVector).</summary>
[GenerateSerializer, Immutable, Alias("coopsim.delay")]
public sealed record WireDelay
{
    [Id(0)] public required long Held { get; init; }

    [Id(1)] public required long Transit { get; init; }

    [Id(2)] public required long OfficeWait { get; init; }

    [Id(3)] public required long Queue { get; init; }

    [Id(4)] public required long Translation { get; init; }

    [Id(5)] public required long LegalReview { get; init; }
}
