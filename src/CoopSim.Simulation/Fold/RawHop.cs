using CoopSim.Simulation.Results;
using CoopSim.Simulation.Tracing;
using Orleans;

namespace CoopSim.Simulation.Fold;

/// <summary>A hop as the kernel records it, keyed by (sender, sequence); turned into a <see cref="HopRecord"/> after the replication. Public so that distributed engines can ship it.</summary>
[GenerateSerializer, Immutable, Alias("coopsim.hop")]
public readonly record struct RawHop(
    int Sender,
    long Seq,
    int ParentSender,
    long ParentSeq,
    int FirstSender,
    long FirstSeq,
    int Alert,
    int Edge,
    long SentAtMs,
    long ArrivedAtMs,
    long ActAtMs,
    DelayVector Delays,
    int Hops,
    HopOutcome Outcome);
