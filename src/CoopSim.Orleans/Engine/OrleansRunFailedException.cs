namespace CoopSim.Orleans.Engine;

/// <summary>The cluster could not finish a run; no partial result is returned.</summary>
public sealed class OrleansRunFailedException : Exception
{
    public OrleansRunFailedException()
    {
    }

    public OrleansRunFailedException(string message) : base(message)
    {
    }

    public OrleansRunFailedException(string message, Exception innerException) : base(message, innerException)
    {
    }
}
