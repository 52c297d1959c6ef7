using System.Net;
using Orleans.Configuration;

namespace CoopSim.Orleans.Hosting;

/// <summary>The one place a CoopSim silo is configured: loopback only, localhost clustering.</summary>
public static class SiloConfiguration
{
    public const string ServiceId = "coopsim";

    public static void Apply(ISiloBuilder silo, SiloEndpoints endpoints)
    {
        silo.UseLocalhostClustering(endpoints.SiloPort, endpoints.GatewayPort,
            new IPEndPoint(IPAddress.Loopback, endpoints.PrimarySiloPort), ServiceId, endpoints.ClusterId);

        // Localhost clustering advertises loopback; listening there too keeps the silo off the network.
        silo.Configure<EndpointOptions>(o =>
        {
            o.AdvertisedIPAddress = IPAddress.Loopback;
            o.SiloListeningEndpoint = new IPEndPoint(IPAddress.Loopback, endpoints.SiloPort);
            o.GatewayListeningEndpoint = new IPEndPoint(IPAddress.Loopback, endpoints.GatewayPort);
        });
        silo.AddActivityPropagation();
    }
}
