using System.Net;

namespace CoopSim.Workshop;

/// <summary>A workshop page stays on this machine unless the trainer says <c>--public</c>.</summary>
public static class BindAddressGuard
{
    public static string? Problem(string host, bool isPublic)
    {
        if (isPublic || IsLoopback(host)) return null;
        return $"refusing to listen on {host}: it is not a loopback address; add --public to serve the page to other machines";
    }

    public static bool IsLoopback(string host) =>
        host.Equals("localhost", StringComparison.OrdinalIgnoreCase)
        || IPAddress.TryParse(host.Trim('[', ']'), out var address) && IPAddress.IsLoopback(address);
}
