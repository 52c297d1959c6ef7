using System.Net;

namespace CoopSim.Orleans.Hosting;

/// <summary>
/// One silo's address and ports. With <see cref="RedisEndpoint"/> the silo registers in that Redis and
/// finds the cluster's other silos there, on any machine; without it, every silo of the cluster names the
/// same primary silo port on loopback (localhost clustering, one machine only). A silo listens on the
/// address it advertises: loopback unless another is asked for.
/// </summary>
public sealed record SiloEndpoints(string ClusterId, int SiloPort, int GatewayPort, int PrimarySiloPort)
{
    public IPAddress Advertise { get; init; } = IPAddress.Loopback;

    public string? RedisEndpoint { get; init; }

    public int? DashboardPort { get; init; }
}
