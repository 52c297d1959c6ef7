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
    /// <summary>
    /// How long the first try to connect may take (later ones double it, up to what <c>--cluster-wait</c> leaves): enough
    /// for a busy silo's gateway to answer, short enough that the client soon says it waits; and a short wait still gets
    /// one real try.
    /// </summary>
    private static readonly TimeSpan FirstAttempt = TimeSpan.FromSeconds(5);

    /// <summary>
    /// However long Redis lists a live silo that does not answer (an address this machine cannot reach, say), the
    /// client gives up after this many times <c>--cluster-wait</c>.
    /// </summary>
    private const int MostWaits = 10;

    private readonly ScenarioSource _source = new();
    private IScenarioSource? _sourceReference;

    public IGrainFactory Grains { get; } = grains;

    /// <summary>True for a client of silos in other processes, which must be sent the scenario's files.</summary>
    public bool IsRemote { get; } = isRemote;

    /// <summary>Signals a change of the cluster's gateways (a silo joined or was lost); null where that cannot happen.</summary>
    public ClusterChangeSignal? Changes { get; init; }

    /// <summary>The observer reference silos call for the files of <paramref name="bundle"/> (by their hash).</summary>
    public IScenarioSource ScenarioSource(ScenarioBundle bundle)
    {
        _source.Add(bundle);
        // The client holds observers weakly: this connection keeps the object alive while the reference is out.
        return _sourceReference ??= Grains.CreateObjectReference<IScenarioSource>(_source);
    }

    /// <summary>
    /// A connection on the same client or silo that leaves it running when disposed: its own store of shipped
    /// scenarios (so a run's files leave with the run), the same grains, signal of lost gateways and notice of waiting
    /// for the cluster (without it a study's runs on a shared client failed without saying they had waited).
    /// </summary>
    internal OrleansConnection Borrow() => new(Grains, null, IsRemote) { Changes = Changes, Waiting = Waiting };

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

    /// <summary>Says once that the client waits for its cluster; set on a client's connection, null elsewhere.</summary>
    internal ClusterWaitNotice? Waiting { get; init; }

    /// <summary>
    /// An Orleans client of silos started with <c>coopsim silo</c>. It tries again until a silo answers, for up to
    /// <paramref name="wait"/> (<c>--cluster-wait</c>) while no silo is live, saying once on <paramref name="status"/>
    /// that it waits. Patience for a busy cluster follows readiness: while Redis lists a live silo (active, writing its
    /// IAmAlive row) the clock starts again, up to <see cref="MostWaits"/> times <paramref name="wait"/> in all.
    /// </summary>
    public static async Task<OrleansConnection> ConnectClientAsync(ClusterAddress cluster, Action<IServiceCollection>? services, TextWriter? status,
        TimeSpan wait, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        var notice = new ClusterWaitNotice(status, cluster);
        Exception? last = null;
        var deadline = wait;
        var most = wait * MostWaits;
        var longest = FirstAttempt;
        while (true)
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
            var left = deadline - clock.Elapsed;
            attempt.CancelAfter(left < FirstAttempt ? FirstAttempt : left < longest ? left : longest);
            longest *= 2;
            try
            {
                await host.StartAsync(attempt.Token);
                return new OrleansConnection(host.Services.GetRequiredService<IClusterClient>(), host, isRemote: true) { Changes = changes, Waiting = notice };
            }
            catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
            {
                last = ex;
                host.Dispose();
                if (await RegisteredSilos.AnyAliveAsync(cluster) && clock.Elapsed + wait > deadline) deadline = clock.Elapsed + wait < most ? clock.Elapsed + wait : most;
                if (clock.Elapsed >= deadline) break;
                notice.SayOnce(wait);
                if (ex is not OperationCanceledException) await Task.Delay(TimeSpan.FromSeconds(1), cancellationToken);
            }
        }

        var why = last is null ? "" : $" ({FirstLine(last.GetBaseException().Message)})";
        throw new OrleansHostingException(
            $"coopsim: error: no Orleans silo of {cluster.Describe()} answered within {clock.Elapsed.TotalSeconds:0} s{why}; start one with `coopsim silo`, or wait longer with --cluster-wait", last!);
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
