namespace CoopSim.Orleans.Wire;

/// <summary>What an agency grain did in one window (WindowOutcome).</summary>
[GenerateSerializer, Immutable, Alias("coopsim.window-outcome")]
public sealed record WireWindowOutcome
{
    [Id(0)] public required WireMessage[] Sent { get; init; }

    [Id(1)] public required long NextEventTime { get; init; }
}
