using System.Net;

namespace CoopSim.Workshop;

/// <summary>
/// Which Host headers the server answers. A page on another site can point a name it controls at 127.0.0.1 (DNS
/// rebinding) and then read /api/world and /api/events as if same-origin; it cannot make the browser send
/// "127.0.0.1:PORT" as the Host. So a server bound to one address answers only that address (and, on loopback,
/// localhost); one bound to every address (<c>--public</c> on 0.0.0.0 or ::) answers IP literals and this
/// machine's own name, never another name.
/// </summary>
internal sealed class HostHeaderPolicy(IPAddress bound, int port)
{
    private readonly string _machine = Dns.GetHostName();

    public bool Allows(string? hostHeader)
    {
        if (string.IsNullOrEmpty(hostHeader)) return false;
        var (host, headerPort) = Split(hostHeader);
        if (headerPort is { } p && p != port) return false;
        if (host.Equals("localhost", StringComparison.OrdinalIgnoreCase)) return IPAddress.IsLoopback(bound);
        if (BindAddressGuard.TryParse(host, out var address))
            return IsWildcard(bound) || address.Equals(bound) || IPAddress.IsLoopback(bound) && IPAddress.IsLoopback(address);
        return IsWildcard(bound) && host.Equals(_machine, StringComparison.OrdinalIgnoreCase);
    }

    public static bool IsWildcard(IPAddress address) => address.Equals(IPAddress.Any) || address.Equals(IPAddress.IPv6Any);

    private static (string Host, int? Port) Split(string header)
    {
        if (header.StartsWith('['))
        {
            var close = header.IndexOf(']');
            if (close < 0) return (header, null);
            var rest = header[(close + 1)..];
            return (header[..(close + 1)], rest.StartsWith(':') && int.TryParse(rest[1..], out var p6) ? p6 : rest.Length == 0 ? null : -1);
        }

        var colon = header.LastIndexOf(':');
        if (colon < 0 || header.IndexOf(':') != colon) return (header, null);
        return (header[..colon], int.TryParse(header[(colon + 1)..], out var p) ? p : -1);
    }
}
