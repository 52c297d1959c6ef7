using Orleans;

namespace CoopSim.Simulation.Results;

/// <summary>
/// One agency able to act on one alert in one replication. <see cref="AtMs"/> is time since the alert's
/// issue; <see cref="FromAgency"/> and <see cref="Channel"/> name the first-delivery hop (-1 at the origin);
/// <see cref="Path"/> sums the delays along the first-delivery path, and <see cref="PathHash"/> identifies that
/// path (agencies and channels), so that paths can be counted without spelling them out.
/// </summary>
[GenerateSerializer, Immutable, Alias("coopsim.reach")]
public readonly record struct ReachRecord(int Agency, long AtMs, int Hops, int FromAgency, int Channel, DelayVector Path, ulong PathHash);
