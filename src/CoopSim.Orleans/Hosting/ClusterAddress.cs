using System.Globalization;

namespace CoopSim.Orleans.Hosting;

/// <summary>
/// Where a client finds silos on this machine: <c>[cluster@]gatewayPort[,gatewayPort...]</c>, e.g.
/// <c>30000,30001,30002</c> or <c>dev@30000</c>; a bare name means that cluster on gateway port 30000.
/// </summary>
public sealed record ClusterAddress(string ClusterId, IReadOnlyList<int> GatewayPorts)
{
    public const string DefaultClusterId = "dev";
    public const int DefaultGatewayPort = 30000;
    public const int DefaultSiloPort = 11111;

    public static ClusterAddress Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var at = text.IndexOf('@', StringComparison.Ordinal);
        var name = at >= 0 ? text[..at] : null;
        var ports = at >= 0 ? text[(at + 1)..] : text;
        if (name is null && ports.Length > 0 && !char.IsAsciiDigit(ports[0])) (name, ports) = (ports, "");
        var list = new List<int>();
        foreach (var part in ports.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (!int.TryParse(part, NumberStyles.None, CultureInfo.InvariantCulture, out var port) || port is < 1 or > 65535)
                throw new FormatException($"'{part}' in --cluster '{text}' is not a port (expected [name@]port[,port...])");
            list.Add(port);
        }

        if (list.Count == 0) list.Add(DefaultGatewayPort);
        return new ClusterAddress(string.IsNullOrWhiteSpace(name) ? DefaultClusterId : name, list);
    }
}
