namespace CoopSim.Simulation.Distributed;

/// <summary>
/// One agency's part of one round in one lane (one replication of those a coordinator runs side by side):
/// a window with the messages batched for it since its last step, or the request for its report.
/// </summary>
public readonly record struct AgencyWork(int Lane, AgencyWorkKind Kind, IReadOnlyList<AgencyMessage> Inbox, long WindowEnd)
{
    private static readonly AgencyMessage[] NoMessages = [];

    public static AgencyWork Report(int lane) => new(lane, AgencyWorkKind.Report, NoMessages, 0);
}
