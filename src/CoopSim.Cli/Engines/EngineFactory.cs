using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using CoopSim.Simulation.Engine;
using CoopSim.Orleans.Engine;
using CoopSim.Orleans.Hosting;

namespace CoopSim.Cli.Engines;

/// <summary>
/// Turns <c>--engine</c>, <c>--cluster</c> and <c>--trace-orleans</c> into an engine.
/// </summary>
internal static class EngineFactory
{
    public const string InProc = "inproc";

    /// <summary>Each agency a grain, a coordinator grain driving the windows.</summary>
    public const string Orleans = "orleans";

    /// <summary>Whole replications on worker grains spread over the silos.</summary>
    public const string OrleansReplications = "orleans-replications";

    /// <summary>Orleans' own ActivitySources, for TelemetrySession.Start's extra sources under --trace-orleans.</summary>
    public static readonly IReadOnlyList<string> OrleansActivitySources = ["Microsoft.Orleans.Runtime", "Microsoft.Orleans.Application"];

    public static IReadOnlyList<string> EngineNames { get; } = [InProc, Orleans, OrleansReplications];

    /// <summary>The extra ActivitySources a run's TelemetrySession should listen to.</summary>
    public static IReadOnlyList<string> TelemetrySources(string engineName, bool traceOrleans) =>
        traceOrleans && engineName != InProc ? OrleansActivitySources : [];

    /// <summary>
    /// Counts, for the flow that set it (tests), every time a command asks for the embedded silo: a command given
    /// a bad path must report it before it asks (issue: "every command pays for the default engine").
    /// </summary>
    internal static readonly AsyncLocal<StrongBox<int>?> EmbeddedSiloRequests = new();

    /// <summary>The engines on --cluster this process made, each with the one client its runs share.</summary>
    private static readonly ConcurrentBag<OrleansEngine> ClusterEngines = [];

    /// <summary>Stops the clients of the engines on --cluster (the command line, on its way out, as it stops the embedded silo).</summary>
    public static async Task StopClustersAsync()
    {
        while (ClusterEngines.TryTake(out var engine)) await engine.DisposeAsync();
    }

    private static void StartEmbeddedSilo()
    {
        if (EmbeddedSiloRequests.Value is { } requests) Interlocked.Increment(ref requests.Value);
        EmbeddedSilo.Prestart();
    }

    /// <summary>Refuses <c>--cluster</c> with the in-process engine, which has no silos to run on.</summary>
    public static void CheckCluster(string engineName, string? cluster)
    {
        if (cluster is not null && engineName == InProc) throw new CliException("coopsim: error: --cluster needs --engine orleans");
    }

    /// <exception cref="CliException">Unknown engine, a bad --cluster, or --cluster with inproc.</exception>
    /// <param name="clusterWait">With <paramref name="cluster"/>: how long to wait for it to come back (<c>--cluster-wait</c>); null: the engine's default.</param>
    public static ISimulationEngine Create(string engineName, string? cluster, bool traceOrleans, TextWriter? status = null, TimeSpan? clusterWait = null)
    {
        switch (engineName)
        {
            case InProc:
                CheckCluster(engineName, cluster);
                if (traceOrleans) throw new CliException("coopsim: error: --trace-orleans needs --engine orleans");
                return new InProcessEngine();
            case Orleans or OrleansReplications:
                return CreateOrleans(engineName, cluster, status, clusterWait);
            default:
                throw new CliException($"coopsim: error: unknown engine '{engineName}' (expected {string.Join(", ", EngineNames)})");
        }
    }

    private static ISimulationEngine CreateOrleans(string engineName, string? cluster, TextWriter? status, TimeSpan? clusterWait)
    {
        var options = new OrleansEngineOptions
        {
            Mode = engineName == OrleansReplications ? OrleansEngineMode.Replications : OrleansEngineMode.AgencyGrains,
            ReplicationSlots = OrleansEngineOptions.DefaultReplicationSlots,
        };
        if (clusterWait is { } wait) options = options with { ClusterWait = wait };
        if (cluster is null)
        {
            StartEmbeddedSilo();
            return OrleansEngine.WithEmbeddedSilo(options);
        }

        ClusterAddress address;
        try
        {
            address = ClusterAddress.Parse(cluster);
        }
        catch (FormatException ex)
        {
            throw new CliException($"coopsim: error: {ex.Message}");
        }

        var engine = OrleansEngine.WithClient(address, options, status: status);
        ClusterEngines.Add(engine);
        return engine;
    }
}
