using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace CoopSim.Orleans.Hosting;

/// <summary>`coopsim silo`: one silo process that runs until Ctrl-C.</summary>
public static class SiloRunner
{
    public static async Task RunAsync(SiloEndpoints endpoints, TextWriter status, CancellationToken cancellationToken)
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Logging.ClearProviders();
        builder.UseOrleans(silo => SiloConfiguration.Apply(silo, endpoints));
        using var host = builder.Build();
        await host.StartAsync(cancellationToken);
        await status.WriteLineAsync(
            $"coopsim silo: cluster '{endpoints.ClusterId}', silo 127.0.0.1:{endpoints.SiloPort}, gateway 127.0.0.1:{endpoints.GatewayPort}, primary 127.0.0.1:{endpoints.PrimarySiloPort}; Ctrl-C stops it");
        try
        {
            await Task.Delay(Timeout.Infinite, cancellationToken);
        }
        catch (OperationCanceledException)
        {
            // Ctrl-C: leave the cluster gracefully so other silos hand its grains over at once.
        }

        await host.StopAsync(CancellationToken.None);
    }
}
