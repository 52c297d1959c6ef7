namespace CoopSim.Orleans.Engine;

/// <summary>What a block of a scenario cost when it last ran: replications a second on its silo, and bytes of saved fold per replication.</summary>
internal sealed record BlockCost(double Rate, double BytesPerReplication)
{
    public static readonly BlockCost Unknown = new(0, 0);
}
