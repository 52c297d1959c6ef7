namespace CoopSim.Orleans.Wire;

/// <summary>An agency grain's answer to one <see cref="WireAgencyWork"/> (AgencyAnswer): a window's outcome, or a report.</summary>
[GenerateSerializer, Immutable, Alias("coopsim.agency-answer")]
public sealed record WireAgencyAnswer
{
    [Id(0)] public required int Lane { get; init; }

    [Id(1)] public WireWindowOutcome? Outcome { get; init; }

    [Id(2)] public WireAgencyReport? Report { get; init; }
}
