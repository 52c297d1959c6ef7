namespace CoopSim.Model.Scenario;

public enum OutageMode
{
    /// <summary>Traffic waits at the sender until the channel is back.</summary>
    Hold,

    /// <summary>Traffic sent during the outage is lost.</summary>
    Drop,
}
