using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using CoopSim.Orleans.Abstractions;
using CoopSim.Scenarios.Bundles;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace CoopSim.Orleans.Hosting;

/// <summary>
/// Grains to call, and the host (silo or client) to stop when the connection is disposed. A client's
/// connection also serves the scenario files it ships and tells when the cluster lost a gateway.
/// </summary>
public sealed class OrleansConnection(IGrainFactory grains, IHost? host, bool isRemote = false) : IAsyncDisposable
{
    /// <summary>How long <c>--cluster</c> waits for a silo to answer before it gives up with one line, when none is registered.</summary>
    public static readonly TimeSpan ClientConnectTimeout = TimeSpan.FromSeconds(15);

    /// <summary>
    /// How long it waits when Redis lists an active silo: the cluster exists and is busy (a loaded machine gave up on
    /// healthy three-silo clusters within 15 s in 22 of 34 tries), so patience follows readiness.
    /// </summary>
    public static readonly TimeSpan RegisteredClusterConnectTimeout = TimeSpan.FromSeconds(60);

    private readonly ScenarioSource _source = new();
    private IScenarioSource? _sourceReference;

    public IGrainFactory Grains { get; } = grains;

    /// <summary>True for a client of silos in other processes, which must be sent the scenario's files.</summary>
    public bool IsRemote { get; } = isRemote;

    /// <summary>Signals a change of the cluster's gateways (a silo joined or was lost); null where that cannot happen.</summary>
    public ClusterChangeSignal? Changes { get; init; }

    /// <summary>The observer reference silos call for the files of <paramref name="bundle"/> with <paramref name="changes"/>, and the hash that names them.</summary>
    public (IScenarioSource Source, string Hash) ScenarioSource(ScenarioBundle bundle, string changes)
    {
        var hash = _source.Add(bundle, changes);
        // The client holds observers weakly: this connection keeps the object alive while the reference is out.
        return (_sourceReference ??= Grains.CreateObjectReference<IScenarioSource>(_source), hash);
    }

    /// <summary>
    /// A connection on the same client or silo that leaves it running when disposed: its own store of shipped
    /// scenarios (so a run's files leave with the run), the same grains and signal of lost gateways.
    /// </summary>
    internal OrleansConnection Borrow() => new(Grains, null, IsRemote) { Changes = Changes };

    /// <summary>A one-silo cluster in this process, on free loopback ports so it never meets a running <c>coopsim silo</c>.</summary>
    public static async Task<OrleansConnection> StartInProcessSiloAsync(Action<IServiceCollection>? services, CancellationToken cancellationToken, bool verbose = false)
    {
        var builder = QuietBuilder(verbose);
        services?.Invoke(builder.Services);
        var siloPort = FreeLoopbackPort();
        var gatewayPort = FreeLoopbackPort();
        builder.UseOrleans(silo => SiloConfiguration.Apply(silo, new SiloEndpoints(
            $"inproc-{Environment.ProcessId}", siloPort, gatewayPort, siloPort)));
        var host = builder.Build();
        await host.StartAsync(cancellationToken);
        return new OrleansConnection(host.Services.GetRequiredService<IGrainFactory>(), host);
    }

    /// <summary>
    /// An Orleans client of silos started with <c>coopsim silo</c>. It tries again until a silo answers or
    /// <see cref="ClientConnectTimeout"/> passes, saying on <paramref name="status"/> what it waits for.
    /// </summary>
    public static async Task<OrleansConnection> ConnectClientAsync(ClusterAddress cluster, Action<IServiceCollection>? services, TextWriter? status,
        CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        Exception? last = null;
        var said = false;
        var limit = ClientConnectTimeout;
        while (clock.Elapsed < limit)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var changes = new ClusterChangeSignal();
            var builder = QuietBuilder(verbose: false);
            services?.Invoke(builder.Services);
            builder.UseOrleansClient(client =>
            {
                SiloConfiguration.Apply(client, cluster);
                client.AddGatewayCountChangedHandler((_, e) =>
                {
                    if (e.NumberOfConnectedGateways < e.PreviousNumberOfConnectedGateways) changes.Raise();
                });
                client.AddClusterConnectionLostHandler((_, _) => changes.Raise());
            });
            var host = builder.Build();
            using var attempt = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            attempt.CancelAfter(limit - clock.Elapsed);
            try
            {
                await host.StartAsync(attempt.Token);
                return new OrleansConnection(host.Services.GetRequiredService<IClusterClient>(), host, isRemote: true) { Changes = changes };
            }
            catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
            {
                last = ex;
                host.Dispose();
                if (limit < RegisteredClusterConnectTimeout && await RegisteredSilos.AnyActiveAsync(cluster)) limit = RegisteredClusterConnectTimeout;
                if (!said && status is not null)
                {
                    await status.WriteLineAsync($"coopsim: waiting up to {limit.TotalSeconds:0} s for a silo of {cluster.Describe()}…");
                    said = true;
                }

                if (ex is not OperationCanceledException) await Task.Delay(TimeSpan.FromSeconds(1), cancellationToken);
            }
        }

        var why = last is null ? "" : $" ({FirstLine(last.GetBaseException().Message)})";
        throw new OrleansHostingException(
            $"coopsim: error: no Orleans silo of {cluster.Describe()} answered within {limit.TotalSeconds:0} s{why}; start one with `coopsim silo`", last!);
    }

    public async ValueTask DisposeAsync()
    {
        if (_sourceReference is not null) Grains.DeleteObjectReference<IScenarioSource>(_sourceReference);
        if (host is null) return;
        await host.StopAsync(CancellationToken.None);
        host.Dispose();
    }

    /// <summary>
    /// The CLI owns the terminal: Orleans' own logging would interleave with results and progress, so it
    /// shows only with <c>--verbose</c>, and then on standard error.
    /// </summary>
    internal static HostApplicationBuilder QuietBuilder(bool verbose)
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Logging.ClearProviders();
        if (verbose)
        {
            builder.Logging.AddSimpleConsole(o => o.SingleLine = true);
            builder.Services.Configure<Microsoft.Extensions.Logging.Console.ConsoleLoggerOptions>(o => o.LogToStandardErrorThreshold = LogLevel.Trace);
            builder.Logging.SetMinimumLevel(LogLevel.Information);
        }
        else
        {
            builder.Logging.SetMinimumLevel(LogLevel.Warning);
        }

        builder.Services.AddSingleton<IHostLifetime, PassiveHostLifetime>();
        return builder;
    }

    internal static string FirstLine(string message)
    {
        var end = message.IndexOfAny(['\r', '\n']);
        return end < 0 ? message : message[..end];
    }

    private static int FreeLoopbackPort()
    {
        using var socket = new TcpListener(IPAddress.Loopback, 0);
        socket.Start();
        return ((IPEndPoint)socket.LocalEndpoint).Port;
    }
}
