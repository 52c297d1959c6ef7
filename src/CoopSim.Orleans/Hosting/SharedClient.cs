namespace CoopSim.Orleans.Hosting;

/// <summary>
/// One Orleans client for every run of an engine on <c>--cluster</c>: a study's points (a sweep's, a sensitivity
/// design's, side by side) borrow it instead of each starting a client of its own, which cost about a second a point.
/// A client that could not connect is not kept: the next run tries again.
/// </summary>
internal sealed class SharedClient(Func<CancellationToken, Task<OrleansConnection>> connect) : IAsyncDisposable
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private OrleansConnection? _client;

    /// <summary>A connection on the shared client; disposing it leaves the client running.</summary>
    public async Task<OrleansConnection> ConnectAsync(CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            _client ??= await connect(cancellationToken);
            return _client.Borrow();
        }
        finally
        {
            _gate.Release();
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _gate.WaitAsync();
        try
        {
            if (_client is not null) await _client.DisposeAsync();
            _client = null;
        }
        finally
        {
            _gate.Release();
        }
    }
}
