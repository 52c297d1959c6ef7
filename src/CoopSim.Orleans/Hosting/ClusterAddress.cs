using System.Globalization;

namespace CoopSim.Orleans.Hosting;

/// <summary>
/// Where a client finds silos. <c>redis://HOST:PORT[/NAME]</c>: silos of cluster NAME (default
/// <see cref="DefaultClusterId"/>) registered in that Redis, on any machine. <c>[NAME@]PORT[,PORT...]</c>:
/// silos on this machine's loopback gateway ports, e.g. <c>30000,30001</c> or <c>dev@30000</c>; a bare name
/// means that cluster on gateway port 30000.
/// </summary>
public sealed record ClusterAddress(string ClusterId, IReadOnlyList<int> GatewayPorts, string? RedisEndpoint = null)
{
    public const string DefaultClusterId = "dev";
    public const int DefaultGatewayPort = 30000;
    public const int DefaultSiloPort = 11111;
    public const string RedisScheme = "redis://";

    public bool UsesRedis => RedisEndpoint is not null;

    /// <summary>Where the silos are, for messages.</summary>
    public string Describe() => UsesRedis
        ? $"cluster '{ClusterId}' registered in Redis at {RedisEndpoint}"
        : $"cluster '{ClusterId}' on 127.0.0.1:{string.Join(',', GatewayPorts)}";

    public static ClusterAddress Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.StartsWith(RedisScheme, StringComparison.OrdinalIgnoreCase)) return ParseRedis(text);
        var at = text.IndexOf('@', StringComparison.Ordinal);
        var name = at >= 0 ? text[..at] : null;
        var ports = at >= 0 ? text[(at + 1)..] : text;
        if (name is null && ports.Length > 0 && !char.IsAsciiDigit(ports[0])) (name, ports) = (ports, "");
        var list = new List<int>();
        foreach (var part in ports.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (!int.TryParse(part, NumberStyles.None, CultureInfo.InvariantCulture, out var port) || port is < 1 or > 65535)
                throw new FormatException($"'{part}' in --cluster '{text}' is not a port (expected redis://HOST:PORT[/NAME] or [NAME@]PORT[,PORT...])");
            list.Add(port);
        }

        if (list.Count == 0) list.Add(DefaultGatewayPort);
        return new ClusterAddress(string.IsNullOrWhiteSpace(name) ? DefaultClusterId : name, list);
    }

    /// <summary><c>redis://HOST:PORT[/NAME]</c> (the form <c>silo --membership</c> and <c>run --cluster</c> share).</summary>
    public static ClusterAddress ParseRedis(string text)
    {
        var rest = text[RedisScheme.Length..];
        var slash = rest.IndexOf('/', StringComparison.Ordinal);
        var endpoint = slash >= 0 ? rest[..slash] : rest;
        var name = slash >= 0 ? rest[(slash + 1)..] : "";
        var colon = endpoint.LastIndexOf(':');
        if (colon <= 0 || !int.TryParse(endpoint[(colon + 1)..], NumberStyles.None, CultureInfo.InvariantCulture, out var port) || port is < 1 or > 65535)
            throw new FormatException($"'{text}' is not a Redis address (expected redis://HOST:PORT[/NAME])");
        if (name.Length > 0 && !name.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.'))
            throw new FormatException($"'{name}' in '{text}' is not a cluster name (letters, digits, '-', '_', '.')");
        return new ClusterAddress(name.Length > 0 ? name : DefaultClusterId, [], endpoint);
    }
}
