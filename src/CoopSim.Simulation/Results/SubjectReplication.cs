using Orleans;

namespace CoopSim.Simulation.Results;

/// <summary>
/// A subject in one replication: the itinerary stop where entry was blocked (-1 if none), and per stop the
/// lead of the block over the subject's arrival in ms (null when no blocking agency there got the alert).
/// </summary>
[GenerateSerializer, Immutable, Alias("coopsim.subject-replication")]
public sealed record SubjectReplication(int InterceptedAtStop, IReadOnlyList<long?> LeadTimesMs);
