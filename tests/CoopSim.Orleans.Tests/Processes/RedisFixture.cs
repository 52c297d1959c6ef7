using CoopSim.Bench.LocalCluster;
namespace CoopSim.Orleans.Tests.Processes;

/// <summary>One redis-server for the collection; each test names its own cluster in it.</summary>
public sealed class RedisFixture : IAsyncLifetime
{
    private RedisServer? _server;

    public RedisServer Server => _server ?? throw new InvalidOperationException("Redis has not started");

    public async Task InitializeAsync() => _server = await RedisServer.StartAsync();

    public async Task DisposeAsync()
    {
        if (_server is not null) await _server.DisposeAsync();
    }
}
