using System.Text.Json;
using StackExchange.Redis;

namespace CoopSim.Orleans.Hosting;

/// <summary>
/// Whether a Redis-membership cluster has a live silo: a client that cannot connect yet keeps waiting for a cluster
/// that exists but is busy (a loaded machine, silos still starting), and counts its <c>--cluster-wait</c> only while
/// none is. Reads Orleans' own membership rows (hash <c>{service}/members/{cluster}</c>): a row is live when its
/// status is active (3) and the silo wrote its IAmAlive time lately, so silos that were all killed (whose rows stay
/// active, since nobody is left to declare them dead) stop counting within <see cref="Fresh"/>.
/// </summary>
internal static class RegisteredSilos
{
    /// <summary>Three IAmAlive periods (SiloConfiguration: 10 s): a live silo has written within it, even on a loaded machine.</summary>
    private static readonly TimeSpan Fresh = TimeSpan.FromSeconds(30);

    public static async Task<bool> AnyAliveAsync(ClusterAddress cluster)
    {
        if (cluster.RedisEndpoint is not { } endpoint) return false;
        try
        {
            var options = ConfigurationOptions.Parse(endpoint);
            options.ConnectTimeout = 2000;
            options.AbortOnConnectFail = true;
            await using var redis = await ConnectionMultiplexer.ConnectAsync(options);
            var rows = await redis.GetDatabase().HashValuesAsync($"{SiloConfiguration.ServiceId}/members/{cluster.ClusterId}");
            return rows.Any(row => row.HasValue && IsAlive(row!));
        }
        catch (Exception ex) when (ex is RedisException or TimeoutException or ArgumentException)
        {
            return false;
        }
    }

    private static bool IsAlive(string row)
    {
        try
        {
            using var json = JsonDocument.Parse(row);
            var root = json.RootElement;
            if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("Status", out var status) || status.ValueKind != JsonValueKind.Number || status.GetInt32() != 3)
                return false;
            // The table's clock is the silos'; across machines it may differ from ours by far less than Fresh.
            return !root.TryGetProperty("IAmAliveTime", out var alive) || !alive.TryGetDateTime(out var at)
                || DateTime.UtcNow - at.ToUniversalTime() < Fresh;
        }
        catch (JsonException)
        {
            return false;
        }
    }
}
