using System.CommandLine;
using CoopSim.Cli.Engines;
using CoopSim.Orleans.Hosting;

namespace CoopSim.Cli.Commands;

/// <summary>
/// <c>coopsim silo [--port N] [--gateway-port N] [--primary-port N] [--cluster NAME]</c>: one Orleans silo
/// on loopback. Silos naming the same cluster and primary port form one cluster (docs/orleans.md).
/// </summary>
public static class SiloCommand
{
    public static Command Create(CliContext context)
    {
        var port = new Option<int>("--port") { Description = "Silo-to-silo port.", DefaultValueFactory = _ => 11111 };
        var gateway = new Option<int>("--gateway-port") { Description = "Port clients connect to (--cluster on run).", DefaultValueFactory = _ => 30000 };
        var primary = new Option<int?>("--primary-port") { Description = "Silo port of the cluster's first silo (default: --port, i.e. this silo is the primary)." };
        var cluster = new Option<string>("--cluster") { Description = "Cluster name; clients name it as NAME@PORT.", DefaultValueFactory = _ => "dev" };
        var command = new Command("silo", "Run an Orleans silo for `run --engine orleans --cluster ...`.")
        {
            port, gateway, primary, cluster,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var siloPort = parse.GetValue(port);
            var endpoints = new SiloEndpoints(parse.GetValue(cluster)!, siloPort, parse.GetValue(gateway), parse.GetValue(primary) ?? siloPort);
            try
            {
                await SiloRunner.RunAsync(endpoints, context.Error, cancellationToken);
            }
            catch (OrleansHostingException ex)
            {
                throw new CliException(ex.Message, ExitCodes.Failed);
            }

            return ExitCodes.Ok;
        });
        return command;
    }
}
