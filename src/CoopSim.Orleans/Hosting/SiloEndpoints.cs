namespace CoopSim.Orleans.Hosting;

/// <summary>
/// One silo's ports on this machine. Every silo of a cluster names the same primary silo port, which is
/// how localhost clustering lets several silos on one machine find each other.
/// </summary>
public sealed record SiloEndpoints(string ClusterId, int SiloPort, int GatewayPort, int PrimarySiloPort);
