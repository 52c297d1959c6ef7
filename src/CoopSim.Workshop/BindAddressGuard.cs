using System.Net;

namespace CoopSim.Workshop;

/// <summary>
/// A workshop page stays on this machine unless the trainer says <c>--public</c>. <c>--host</c> is an IP address
/// (<c>127.0.0.1</c>, <c>::1</c>, <c>[::1]</c>, <c>::ffff:127.0.0.1</c>, <c>0.0.0.0</c>) or <c>localhost</c>; a
/// name is refused in one line rather than resolved, so what is bound is exactly what was written.
/// </summary>
public static class BindAddressGuard
{
    public static string? Problem(string host, bool isPublic)
    {
        if (!TryParse(host, out var address))
            return $"--host takes an IP address (like 127.0.0.1, ::1 or 0.0.0.0) or localhost, not '{host}'";
        if (isPublic || IPAddress.IsLoopback(address)) return null;
        return $"refusing to listen on {host}: it is not a loopback address; add --public to serve the page to other machines";
    }

    public static bool IsLoopback(string host) => TryParse(host, out var address) && IPAddress.IsLoopback(address);

    /// <summary>The address to bind: brackets dropped, an IPv4 address written as IPv6 (<c>::ffff:a.b.c.d</c>) taken as IPv4.</summary>
    public static bool TryParse(string host, out IPAddress address)
    {
        address = IPAddress.None;
        if (string.IsNullOrWhiteSpace(host)) return false;
        if (host.Equals("localhost", StringComparison.OrdinalIgnoreCase))
        {
            address = IPAddress.Loopback;
            return true;
        }

        var text = host.Length > 2 && host[0] == '[' && host[^1] == ']' ? host[1..^1] : host;
        if (!IPAddress.TryParse(text, out var parsed) || text.Contains('%') || text.Contains('/')) return false;
        address = parsed.IsIPv4MappedToIPv6 ? parsed.MapToIPv4() : parsed;
        return true;
    }
}
