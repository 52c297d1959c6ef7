using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace CoopSim.Orleans.Hosting;

/// <summary>`coopsim silo`: one silo process that runs until Ctrl-C.</summary>
public static class SiloRunner
{
    public static async Task RunAsync(SiloEndpoints endpoints, TextWriter status, CancellationToken cancellationToken)
    {
        // Orleans listens with SO_REUSEPORT, so a second silo on a taken port would start and split the
        // first one's connections with it; refuse instead.
        EnsureFree(endpoints.SiloPort, "--port");
        EnsureFree(endpoints.GatewayPort, "--gateway-port");
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Logging.ClearProviders();
        builder.UseOrleans(silo => SiloConfiguration.Apply(silo, endpoints));
        using var host = builder.Build();
        await host.StartAsync(cancellationToken);
        await status.WriteLineAsync(
            $"coopsim silo: cluster '{endpoints.ClusterId}', silo 127.0.0.1:{endpoints.SiloPort}, gateway 127.0.0.1:{endpoints.GatewayPort}, primary 127.0.0.1:{endpoints.PrimarySiloPort}; Ctrl-C stops it");
        // Ctrl-C reaches us through the command line's token; SIGTERM (kill, systemd, docker stop) through the
        // host's console lifetime. Either way the silo leaves the cluster gracefully, so the others take
        // over its grains at once instead of waiting to declare it dead.
        var stopping = host.Services.GetRequiredService<IHostApplicationLifetime>().ApplicationStopping;
        using var either = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, stopping);
        try
        {
            await Task.Delay(Timeout.Infinite, either.Token);
        }
        catch (OperationCanceledException)
        {
            await status.WriteLineAsync("coopsim silo: stopping");
        }

        await host.StopAsync(CancellationToken.None);
    }

    private static void EnsureFree(int port, string option)
    {
        try
        {
            using var probe = new TcpListener(IPAddress.Loopback, port);
            probe.Start();
        }
        catch (SocketException ex) when (ex.SocketErrorCode == SocketError.AddressAlreadyInUse)
        {
            throw new OrleansHostingException($"coopsim: error: port {port} ({option}) is already in use on 127.0.0.1, perhaps by another silo; choose another with {option}", ex);
        }
    }
}
