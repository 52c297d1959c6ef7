using System.CommandLine;
using System.Net;
using CoopSim.Orleans.Hosting;

namespace CoopSim.Cli.Commands;

/// <summary>
/// <c>coopsim silo [--membership redis://HOST:PORT] [--advertise IP] [--port N] [--gateway-port N] [--cluster NAME] [--dashboard PORT]</c>:
/// one Orleans silo. With Redis membership, silos on any machines that name the same Redis and cluster form
/// one cluster; without it, silos on this machine that name the same primary port do (docs/orleans.md).
/// </summary>
internal static class SiloCommand
{
    public static Command Create(CliContext context)
    {
        var membership = new Option<string?>("--membership") { Description = "redis://HOST:PORT[/NAME]: register in this Redis and find the cluster's other silos there, on any machine." };
        var advertise = new Option<string?>("--advertise") { Description = "The address this silo listens on and tells others (default 127.0.0.1; another needs --membership, and --public unless it is a loopback address)." };
        var isPublic = new Option<bool>("--public") { Description = "Allow --advertise on a non-loopback address: the silo is then reachable from other machines." };
        var port = new Option<int>("--port") { Description = "Silo-to-silo port.", DefaultValueFactory = _ => ClusterAddress.DefaultSiloPort };
        var gateway = new Option<int>("--gateway-port") { Description = "Port clients connect to (run --cluster).", DefaultValueFactory = _ => ClusterAddress.DefaultGatewayPort };
        var primary = new Option<int?>("--primary-port") { Description = "Without --membership: silo port of the cluster's first silo on this machine (default: --port, i.e. this silo is the primary)." };
        var cluster = new Option<string?>("--cluster") { Description = $"Cluster name (default: the name in --membership, else '{ClusterAddress.DefaultClusterId}')." };
        var dashboard = new Option<int?>("--dashboard") { Description = "Serve the Orleans Dashboard (grain activations per silo, calls per second) on 127.0.0.1:PORT." };
        var verbose = new Option<bool>("--verbose") { Description = "Show Orleans' own log lines on standard error." };
        var command = new Command("silo", "Run an Orleans silo for `run --cluster ...`.")
        {
            membership, advertise, isPublic, port, gateway, primary, cluster, dashboard, verbose,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var endpoints = Endpoints(parse.GetValue(membership), parse.GetValue(advertise), parse.GetValue(isPublic), parse.GetValue(port),
                parse.GetValue(gateway), parse.GetValue(primary), parse.GetValue(cluster), parse.GetValue(dashboard));
            try
            {
                await SiloRunner.RunAsync(endpoints, context.Error, cancellationToken, parse.GetValue(verbose));
            }
            catch (OrleansHostingException ex)
            {
                throw new CliException(ex.Message, ExitCodes.Failed);
            }

            return ExitCodes.Ok;
        });
        return command;
    }

    /// <exception cref="CliException">A bad address, or one that would open the silo to the network unasked.</exception>
    internal static SiloEndpoints Endpoints(string? membership, string? advertise, bool isPublic, int port, int gateway, int? primary, string? cluster, int? dashboard)
    {
        foreach (var (value, option) in new[] { (port, "--port"), (gateway, "--gateway-port"), (primary ?? port, "--primary-port"), (dashboard ?? 1, "--dashboard") })
            if (value is < 1 or > 65535) throw new CliException($"coopsim: error: {option} {value} is not a port (1 to 65535)");
        ClusterAddress? redis = null;
        if (membership is not null)
        {
            try
            {
                redis = ClusterAddress.ParseRedis(membership.StartsWith(ClusterAddress.RedisScheme, StringComparison.OrdinalIgnoreCase) ? membership : throw new FormatException(
                    $"--membership '{membership}' is not a Redis address (expected redis://HOST:PORT[/NAME])"));
            }
            catch (FormatException ex)
            {
                throw new CliException($"coopsim: error: {ex.Message}");
            }
        }

        var address = IPAddress.Loopback;
        if (advertise is not null)
        {
            if (!IPAddress.TryParse(advertise, out address!))
                throw new CliException($"coopsim: error: --advertise '{advertise}' is not an IP address");
            if (redis is null && !address.Equals(IPAddress.Loopback))
                throw new CliException("coopsim: error: --advertise needs --membership: without it silos find each other on 127.0.0.1 only");
            if (!IPAddress.IsLoopback(address) && !isPublic)
                throw new CliException($"coopsim: error: --advertise {address} is not a loopback address: add --public to open the silo to other machines");
        }

        var name = cluster ?? redis?.ClusterId ?? ClusterAddress.DefaultClusterId;
        return new SiloEndpoints(name, port, gateway, primary ?? port)
        {
            Advertise = address,
            RedisEndpoint = redis?.RedisEndpoint,
            DashboardPort = dashboard,
        };
    }
}
