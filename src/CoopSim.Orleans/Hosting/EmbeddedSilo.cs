namespace CoopSim.Orleans.Hosting;

/// <summary>
/// The silo embedded in this process (DESIGN.md §3: like an embedded database). The first run starts it;
/// every later run in the process (the scenarios of <c>check</c>, both sides of <c>compare</c>) reuses it.
/// </summary>
public static class EmbeddedSilo
{
    private static readonly SemaphoreSlim Gate = new(1, 1);
    private static OrleansConnection? _silo;

    /// <summary>Show Orleans' own log lines (on standard error) for a silo started after this is set.</summary>
    public static bool Verbose { get; set; }

    public static bool IsStarted => Volatile.Read(ref _silo) is not null;

    /// <summary>A connection to the embedded silo that leaves it running when disposed.</summary>
    public static async Task<OrleansConnection> ConnectAsync(CancellationToken cancellationToken)
    {
        await Gate.WaitAsync(cancellationToken);
        try
        {
            _silo ??= await OrleansConnection.StartInProcessSiloAsync(null, cancellationToken, Verbose);
            return new OrleansConnection(_silo.Grains, null);
        }
        finally
        {
            Gate.Release();
        }
    }

    /// <summary>Stops the silo, if one was started; the command line calls this once, on its way out.</summary>
    public static async Task StopAsync()
    {
        await Gate.WaitAsync();
        try
        {
            if (_silo is not null) await _silo.DisposeAsync();
            _silo = null;
        }
        finally
        {
            Gate.Release();
        }
    }
}
