using CoopSim.Simulation.Results;

namespace CoopSim.Orleans.Wire;

/// <summary>
/// A silo's answer to a block of replications (docs/orleans.md, "Blocks"): the block folded where it ran, as the
/// kernel's saved partial fold, never a replication's metrics; and, when the run has a per-replication probe, what
/// the probe was shown of each replication, so that the client's probe sees the same.
/// </summary>
[GenerateSerializer, Immutable, Alias("coopsim.block-outcome")]
internal sealed record BlockOutcome
{
    /// <summary><see cref="ResultFolder.Save"/> of the block's replications.</summary>
    [Id(0)] public required byte[] Fold { get; init; }

    /// <summary>What the fold showed the probe of each replication of the block (<see cref="Wire.ProbeTape"/>): per replication its observed alerts' records and its subjects; null when the run has no probe.</summary>
    [Id(1)] public byte[]? ProbeTape { get; init; }

    /// <summary>The silo that ran the block: how evenly a run spread.</summary>
    [Id(3)] public string? Silo { get; init; }

    /// <summary>Seconds the silo spent on the block: what the client sizes the next blocks by (never part of a result).</summary>
    [Id(4)] public double Seconds { get; init; }
}
