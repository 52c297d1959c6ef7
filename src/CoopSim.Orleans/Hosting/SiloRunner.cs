using System.Net;
using System.Net.Sockets;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Orleans.Dashboard;
using StackExchange.Redis;

namespace CoopSim.Orleans.Hosting;

/// <summary>`coopsim silo`: one silo process that runs until Ctrl-C or SIGTERM.</summary>
public static class SiloRunner
{
    public static async Task RunAsync(SiloEndpoints endpoints, TextWriter status, CancellationToken cancellationToken, bool verbose = false)
    {
        // Orleans listens with SO_REUSEPORT, so a second silo on a taken port would start and split the
        // first one's connections with it; refuse instead.
        EnsureFree(endpoints.Advertise, endpoints.SiloPort, "--port");
        EnsureFree(endpoints.Advertise, endpoints.GatewayPort, "--gateway-port");
        if (endpoints.DashboardPort is { } dashboardPort) EnsureFree(IPAddress.Loopback, dashboardPort, "--dashboard");
        if (endpoints.RedisEndpoint is { } redis) await EnsureRedisAsync(redis, endpoints.ClusterId);

        using var host = Build(endpoints, verbose);
        try
        {
            await host.StartAsync(cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            throw new OrleansHostingException($"coopsim: error: the silo did not start: {OrleansConnection.FirstLine(ex.GetBaseException().Message)}", ex);
        }

        var membership = endpoints.RedisEndpoint is { } r ? $"membership redis://{r}" : $"primary {endpoints.Advertise}:{endpoints.PrimarySiloPort}";
        var dashboard = endpoints.DashboardPort is { } d ? $", dashboard http://127.0.0.1:{d}/" : "";
        await status.WriteLineAsync(
            $"coopsim silo: cluster '{endpoints.ClusterId}', silo {endpoints.Advertise}:{endpoints.SiloPort}, gateway {endpoints.Advertise}:{endpoints.GatewayPort}, {membership}{dashboard}; Ctrl-C stops it");
        // Ctrl-C and SIGTERM reach us through the command line's token; the host's own lifetime may stop
        // it too. Either way the silo leaves the cluster gracefully, so the others take over its grains at
        // once instead of waiting to declare it dead.
        var stopping = host.Services.GetRequiredService<IHostApplicationLifetime>().ApplicationStopping;
        var fatal = host.Services.GetRequiredService<SiloFatalSignal>().Reason;
        using var either = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, stopping);
        var asked = Task.Delay(Timeout.Infinite, either.Token);
        if (await Task.WhenAny(asked, fatal) == asked) await status.WriteLineAsync("coopsim silo: stopping");

        using var grace = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        try
        {
            await host.StopAsync(grace.Token);
        }
        catch (Exception) when (fatal.IsCompleted)
        {
            // A silo the cluster declared dead may fail to say goodbye to it; it leaves all the same.
        }

        if (fatal.IsCompleted) throw new OrleansHostingException($"coopsim: error: the silo left the cluster: {await fatal}; start it again to rejoin");
    }

    /// <summary>What <c>coopsim silo</c> adds to a silo: it leaves with one line where Orleans would abort the process.</summary>
    private static void LeaveOnFatalErrors(ISiloBuilder silo)
    {
        silo.Services.AddSingleton<SiloFatalSignal>();
        silo.Services.Replace(ServiceDescriptor.Singleton<IFatalErrorHandler, LeaveOnFatalError>());
    }

    private static IHost Build(SiloEndpoints endpoints, bool verbose)
    {
        if (endpoints.DashboardPort is not { } port)
        {
            var builder = OrleansConnection.QuietBuilder(verbose);
            builder.UseOrleans(silo =>
            {
                SiloConfiguration.Apply(silo, endpoints);
                LeaveOnFatalErrors(silo);
            });
            return builder.Build();
        }

        // The dashboard is a page of the silo's own web host, on loopback only: it shows the cluster's grains
        // and has no login, so it is for whoever sits at this machine (or tunnels to it).
        var web = WebApplication.CreateSlimBuilder();
        web.Logging.ClearProviders();
        web.WebHost.ConfigureKestrel(k => k.Listen(IPAddress.Loopback, port));
        web.Services.AddSingleton<IHostLifetime, PassiveHostLifetime>();
        web.UseOrleans(silo =>
        {
            SiloConfiguration.Apply(silo, endpoints);
            LeaveOnFatalErrors(silo);
            silo.AddDashboard();
        });
        var app = web.Build();
        app.MapOrleansDashboard();
        return app;
    }

    private static async Task EnsureRedisAsync(string endpoint, string clusterId)
    {
        try
        {
            var options = ConfigurationOptions.Parse(endpoint);
            options.ConnectTimeout = (int)SiloConfiguration.RedisConnectTimeout.TotalMilliseconds;
            options.AbortOnConnectFail = true;
            options.ConnectRetry = 1;
            await using var redis = await ConnectionMultiplexer.ConnectAsync(options, TextWriter.Null);
            await redis.GetDatabase().PingAsync();
        }
        catch (Exception ex) when (ex is RedisException or ArgumentException or SocketException)
        {
            throw new OrleansHostingException(
                $"coopsim: error: cannot reach Redis at {endpoint} for the membership of cluster '{clusterId}' ({OrleansConnection.FirstLine(ex.Message)})", ex);
        }
    }

    private static void EnsureFree(IPAddress address, int port, string option)
    {
        try
        {
            using var probe = new TcpListener(address, port);
            probe.Start();
        }
        catch (SocketException ex) when (ex.SocketErrorCode == SocketError.AddressAlreadyInUse)
        {
            throw new OrleansHostingException($"coopsim: error: port {port} ({option}) is already in use on {address}, perhaps by another silo; choose another with {option}", ex);
        }
        catch (SocketException ex)
        {
            throw new OrleansHostingException($"coopsim: error: cannot listen on {address}:{port} ({option}): {ex.Message}", ex);
        }
    }
}
