using StackExchange.Redis;

namespace CoopSim.Orleans.Hosting;

/// <summary>
/// Whether a Redis-membership cluster has a silo registered as active: a client that cannot connect yet keeps waiting
/// for a cluster that exists but is busy (a loaded machine, silos still starting), and gives up soon on one that
/// has no silo at all. Reads Orleans' own membership row (hash <c>{service}/members/{cluster}</c>, status 3 = active).
/// </summary>
internal static class RegisteredSilos
{
    public static async Task<bool> AnyActiveAsync(ClusterAddress cluster)
    {
        if (cluster.RedisEndpoint is not { } endpoint) return false;
        try
        {
            var options = ConfigurationOptions.Parse(endpoint);
            options.ConnectTimeout = 2000;
            options.AbortOnConnectFail = true;
            await using var redis = await ConnectionMultiplexer.ConnectAsync(options);
            var rows = await redis.GetDatabase().HashValuesAsync($"{SiloConfiguration.ServiceId}/members/{cluster.ClusterId}");
            return rows.Any(row => row.HasValue && ((string)row!).Contains("\"Status\":3", StringComparison.Ordinal));
        }
        catch (Exception ex) when (ex is RedisException or TimeoutException or ArgumentException)
        {
            return false;
        }
    }
}
