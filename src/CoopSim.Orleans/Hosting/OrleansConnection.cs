using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace CoopSim.Orleans.Hosting;

/// <summary>Grains to call, and the host (in-process silo or client) to stop when the run is over.</summary>
public sealed class OrleansConnection(IGrainFactory grains, IHost? host) : IAsyncDisposable
{
    public IGrainFactory Grains { get; } = grains;

    /// <summary>A one-silo cluster in this process, on free loopback ports so it never meets a running <c>coopsim silo</c>.</summary>
    public static async Task<OrleansConnection> StartInProcessSiloAsync(Action<IServiceCollection>? services, CancellationToken cancellationToken)
    {
        var builder = QuietBuilder();
        services?.Invoke(builder.Services);
        var siloPort = FreeLoopbackPort();
        var gatewayPort = FreeLoopbackPort();
        builder.UseOrleans(silo => SiloConfiguration.Apply(silo, new SiloEndpoints(
            $"inproc-{Environment.ProcessId}", siloPort, gatewayPort, siloPort)));
        var host = builder.Build();
        await host.StartAsync(cancellationToken);
        return new OrleansConnection(host.Services.GetRequiredService<IGrainFactory>(), host);
    }

    /// <summary>An Orleans client of silos started with <c>coopsim silo</c>.</summary>
    public static async Task<OrleansConnection> ConnectClientAsync(ClusterAddress cluster, Action<IServiceCollection>? services, CancellationToken cancellationToken)
    {
        var builder = QuietBuilder();
        services?.Invoke(builder.Services);
        builder.UseOrleansClient(client =>
        {
            client.UseLocalhostClustering([.. cluster.GatewayPorts], SiloConfiguration.ServiceId, cluster.ClusterId);
            client.AddActivityPropagation();
        });
        var host = builder.Build();
        try
        {
            await host.StartAsync(cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            host.Dispose();
            throw new OrleansHostingException(
                $"coopsim: error: no Orleans silo of cluster '{cluster.ClusterId}' answers on 127.0.0.1:{string.Join(',', cluster.GatewayPorts)} (start one with `coopsim silo`)", ex);
        }

        return new OrleansConnection(host.Services.GetRequiredService<IClusterClient>(), host);
    }

    public async ValueTask DisposeAsync()
    {
        if (host is null) return;
        await host.StopAsync(CancellationToken.None);
        host.Dispose();
    }

    /// <summary>The CLI owns the terminal: Orleans' own logging would interleave with results and progress.</summary>
    private static HostApplicationBuilder QuietBuilder()
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Logging.ClearProviders();
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Services.AddSingleton<IHostLifetime, PassiveHostLifetime>();
        return builder;
    }

    private static int FreeLoopbackPort()
    {
        using var socket = new TcpListener(IPAddress.Loopback, 0);
        socket.Start();
        return ((IPEndPoint)socket.LocalEndpoint).Port;
    }
}
