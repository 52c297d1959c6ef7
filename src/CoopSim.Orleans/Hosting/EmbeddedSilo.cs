namespace CoopSim.Orleans.Hosting;

/// <summary>
/// The silo embedded in this process (docs/architecture.md, "Engines": like an embedded database). The first run starts it;
/// every later run in the process (the scenarios of <c>check</c>, both sides of <c>compare</c>) reuses it.
/// </summary>
public static class EmbeddedSilo
{
    private static readonly SemaphoreSlim Gate = new(1, 1);
    private static Task<OrleansConnection>? _starting;

    /// <summary>Show Orleans' own log lines (on standard error) for a silo started after this is set.</summary>
    public static bool Verbose { get; set; }

    /// <summary>
    /// Starts the silo in the background, so that its second of start-up overlaps reading and compiling the
    /// scenario; <see cref="ConnectAsync"/> then waits for the same start.
    /// </summary>
    public static void Prestart() => _ = StartingAsync();

    /// <summary>A connection to the embedded silo that leaves it running when disposed.</summary>
    public static async Task<OrleansConnection> ConnectAsync(CancellationToken cancellationToken)
    {
        var silo = await StartingAsync().WaitAsync(cancellationToken);
        return new OrleansConnection(silo.Grains, null);
    }

    private static Task<OrleansConnection> StartingAsync()
    {
        Gate.Wait();
        try
        {
            // A start that failed (a port taken in a race) is not kept: the next run tries again.
            if (_starting is null || _starting.IsFaulted || _starting.IsCanceled)
                _starting = Task.Run(() => OrleansConnection.StartInProcessSiloAsync(null, CancellationToken.None, Verbose));
            return _starting;
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
            if (_starting is { IsCompletedSuccessfully: true } started) await started.Result.DisposeAsync();
            else if (_starting is not null) await ObserveAsync(_starting);
            _starting = null;
        }
        finally
        {
            Gate.Release();
        }
    }

    private static async Task ObserveAsync(Task<OrleansConnection> starting)
    {
        try
        {
            await (await starting).DisposeAsync();
        }
        catch (Exception)
        {
            // It never started; there is nothing to stop.
        }
    }
}
