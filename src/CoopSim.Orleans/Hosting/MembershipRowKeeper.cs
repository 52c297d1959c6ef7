using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Hosting;
using StackExchange.Redis;

namespace CoopSim.Orleans.Hosting;

/// <summary>
/// Keeps a silo registered in Redis when Redis comes back empty (restarted without persistence). Orleans' Redis table
/// never writes a missing row again: the silos keep running and serving their clients, but a new client reads an empty
/// table and finds no gateway until they restart. This service reads the membership hash every
/// <see cref="Period"/>, remembers its rows while this silo's own is active, and when that row is gone writes the
/// remembered active rows back, with a table version beyond any the silos have seen, so their next refresh takes it.
/// </summary>
internal sealed class MembershipRowKeeper(SiloEndpoints endpoints, ILocalSiloDetails silo) : BackgroundService
{
    /// <summary>Often enough that a client waits a second or two, seldom enough that one small read costs nothing.</summary>
    private static readonly TimeSpan Period = TimeSpan.FromSeconds(1);

    /// <summary>
    /// How far past the remembered version the restored table starts: a silo that saw a later version than this one
    /// remembered (a join within the last period) ignores older tables, and versions are only ever compared.
    /// </summary>
    private const long VersionMargin = 100;

    // Rows that do not exist are written (never overwritten), and the version raised, in one step: every silo may try
    // at once, and a silo that joined the empty table in the meantime keeps its own row.
    private const string Restore = """
        local wrote = 0
        for i = 2, #ARGV, 2 do
          wrote = wrote + redis.call('HSETNX', KEYS[1], ARGV[i], ARGV[i + 1])
        end
        if wrote > 0 then
          local now = tonumber(redis.call('HGET', KEYS[1], 'Version') or '0') or 0
          local want = tonumber(ARGV[1])
          redis.call('HSET', KEYS[1], 'Version', tostring(math.max(now, want) + 1))
        end
        return wrote
        """;

    private const string VersionField = "Version";

    private string Key => $"{SiloConfiguration.ServiceId}/members/{endpoints.ClusterId}";

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var options = ConfigurationOptions.Parse(endpoints.RedisEndpoint!);
        options.AbortOnConnectFail = false; // reconnect by itself when Redis comes back
        options.ConnectTimeout = (int)SiloConfiguration.RedisConnectTimeout.TotalMilliseconds;
        await using var redis = await ConnectionMultiplexer.ConnectAsync(options, TextWriter.Null);
        var mine = silo.SiloAddress.ToString();
        HashEntry[]? remembered = null;
        long version = 0;
        using var timer = new PeriodicTimer(Period);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                var rows = await redis.GetDatabase().HashGetAllAsync(Key);
                var own = rows.FirstOrDefault(r => r.Name == mine);
                if (own.Value.HasValue)
                {
                    var status = StatusOf(own.Value!);
                    if (status > Active) return; // leaving or declared dead: nothing to keep
                    if (status < Active) continue; // still joining
                    remembered = [.. rows.Where(r => r.Name != VersionField && r.Value.HasValue && StatusOf(r.Value!) == Active)];
                    version = rows.FirstOrDefault(r => r.Name == VersionField).Value is { HasValue: true } v && long.TryParse((string?)v, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : 0;
                    continue;
                }

                if (remembered is null) continue; // not joined yet
                var arguments = new List<RedisValue> { (version + VersionMargin).ToString(CultureInfo.InvariantCulture) };
                foreach (var row in remembered) arguments.AddRange([row.Name, Refreshed(row.Value!)]);
                await redis.GetDatabase().ScriptEvaluateAsync(Restore, [Key], [.. arguments]);
            }
            catch (Exception ex) when (ex is RedisException or TimeoutException)
            {
                // Redis is away; the next period tries again.
            }
        }
    }

    /// <summary>Orleans' SiloStatus: below it the silo is joining, above it leaving or dead.</summary>
    private const int Active = 3;

    /// <summary>The row's SiloStatus, or -1 when it cannot be read.</summary>
    private static int StatusOf(string row)
    {
        try
        {
            using var json = JsonDocument.Parse(row);
            return json.RootElement.TryGetProperty("Status", out var status) && status.ValueKind == JsonValueKind.Number ? status.GetInt32() : -1;
        }
        catch (JsonException)
        {
            return -1;
        }
    }

    /// <summary>The row with its IAmAlive time set to now: a client takes a row as live by that time, and the silo renews it itself soon after.</summary>
    private static string Refreshed(string row)
    {
        if (JsonNode.Parse(row) is not JsonObject json) return row;
        json["IAmAliveTime"] = DateTime.UtcNow.ToString("O", CultureInfo.InvariantCulture);
        return json.ToJsonString();
    }
}
