namespace CoopSim.Orleans.Grains;

/// <summary>
/// An agency grain was asked to continue a replication it does not hold, which happens when its silo
/// stopped and the grain was activated afresh elsewhere. The engine re-runs that replication.
/// </summary>
[GenerateSerializer, Alias("coopsim.AgencyStateLostException")]
internal sealed class AgencyStateLostException : Exception
{
    public AgencyStateLostException()
    {
    }

    public AgencyStateLostException(string message) : base(message)
    {
    }

    public AgencyStateLostException(string message, Exception innerException) : base(message, innerException)
    {
    }
}
