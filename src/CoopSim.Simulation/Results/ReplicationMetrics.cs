using Orleans;

namespace CoopSim.Simulation.Results;

/// <summary>
/// The raw measurements of one replication, indexed like the world's sorted agencies, channels, alerts and
/// subjects (see <see cref="WorldIndex"/>). Paired comparisons use these directly.
/// </summary>
[GenerateSerializer, Immutable, Alias("coopsim.replication-metrics")]
public sealed record ReplicationMetrics(
    int Replication,
    long Events,
    IReadOnlyList<AlertReplication> Alerts,
    IReadOnlyList<SubjectReplication> Subjects,
    IReadOnlyList<ChannelCounters> Channels);
