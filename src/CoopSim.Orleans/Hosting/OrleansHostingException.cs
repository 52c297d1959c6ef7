namespace CoopSim.Orleans.Hosting;

/// <summary>
/// A silo or client could not start (no silo answers, a port is taken). The message is the one line to
/// show the user, so the command line can report it without matching on message text.
/// </summary>
public sealed class OrleansHostingException : Exception
{
    public OrleansHostingException()
    {
    }

    public OrleansHostingException(string message) : base(message)
    {
    }

    public OrleansHostingException(string message, Exception innerException) : base(message, innerException)
    {
    }
}
