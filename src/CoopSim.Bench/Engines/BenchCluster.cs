using CoopSim.Bench.LocalCluster;

namespace CoopSim.Bench.Engines;

/// <summary>The Redis and silo processes <c>bench-engines</c> started; disposing stops exactly those.</summary>
public sealed class BenchCluster(RedisServer redis, SiloProcesses silos) : IAsyncDisposable
{
    public SiloProcesses Silos { get; } = silos;

    public async ValueTask DisposeAsync()
    {
        await Silos.DisposeAsync();
        await redis.DisposeAsync();
    }
}
