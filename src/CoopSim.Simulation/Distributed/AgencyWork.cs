using Orleans;

namespace CoopSim.Simulation.Distributed;

/// <summary>
/// One agency's part of one round in one lane (a coordinator runs several replications side by side, one
/// per lane, and a lane takes the next replication when its last one is over): a window with the messages
/// batched for the agency since its last step, or the request for its report of the lane's replication.
/// </summary>
[GenerateSerializer, Immutable, Alias("coopsim.agency-work")]
public readonly record struct AgencyWork(int Lane, int Replication, AgencyWorkKind Kind, IReadOnlyList<AgencyMessage> Inbox, long WindowEnd)
{
    private static readonly AgencyMessage[] NoMessages = [];

    public static AgencyWork Report(int lane, int replication) => new(lane, replication, AgencyWorkKind.Report, NoMessages, 0);
}
