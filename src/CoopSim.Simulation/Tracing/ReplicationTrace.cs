namespace CoopSim.Simulation.Tracing;

/// <summary>
/// Every hop of one replication in a deterministic order (send time, sender id, sender sequence), so that
/// it is the same whatever engine or worker count produced it. <see cref="Subjects"/> says, per subject, where its
/// alert stopped it (or did not).
/// </summary>
public sealed record ReplicationTrace(int Replication, DateTimeOffset Epoch, IReadOnlyList<AlertIssue> Issues, IReadOnlyList<HopRecord> Hops)
{
    public IReadOnlyList<SubjectTrace> Subjects { get; init; } = [];
}
