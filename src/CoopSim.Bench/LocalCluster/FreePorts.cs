using System.Net;
using System.Net.Sockets;

namespace CoopSim.Bench.LocalCluster;

/// <summary>Ports nothing listens on, found by binding port 0 and asking what the system gave.</summary>
internal static class FreePorts
{
    public static int On(IPAddress address)
    {
        using var listener = new TcpListener(address, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>One port free on every address, so silos on 127.0.0.2, .3 and .4 can share their port numbers as on separate machines.</summary>
    public static int OnAll(IReadOnlyList<IPAddress> addresses)
    {
        for (var attempt = 0; attempt < 50; attempt++)
        {
            var port = On(addresses[0]);
            if (addresses.Skip(1).All(a => IsFree(a, port))) return port;
        }

        throw new InvalidOperationException("no port is free on every address");
    }

    private static bool IsFree(IPAddress address, int port)
    {
        try
        {
            using var listener = new TcpListener(address, port);
            listener.Start();
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }
}
