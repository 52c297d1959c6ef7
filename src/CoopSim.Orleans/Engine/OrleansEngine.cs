using CoopSim.Model.Scenario;
using CoopSim.Orleans.Abstractions;
using CoopSim.Orleans.Grains;
using CoopSim.Orleans.Hosting;
using CoopSim.Orleans.Wire;
using CoopSim.Simulation.Distributed;
using CoopSim.Simulation.Engine;
using CoopSim.Simulation.Results;

namespace CoopSim.Orleans.Engine;

/// <summary>
/// DESIGN.md §3 "orleans": agencies (or whole replications) on grains. Replications are gathered and
/// handed to the observer in replication order, and summarized by the kernel's plan, so the JSON is the
/// in-process engine's byte for byte. A replication whose grains fail is re-run from its start (it is a
/// pure function of seed and index); when that keeps failing the run ends with
/// <see cref="OrleansRunFailedException"/> and returns nothing.
/// </summary>
public sealed class OrleansEngine : ISimulationEngine
{
    private readonly Func<CancellationToken, Task<OrleansConnection>> _connect;
    private readonly OrleansEngineOptions _options;

    /// <summary>Runs on grains of a cluster someone else started and keeps running (tests: TestCluster.GrainFactory).</summary>
    public OrleansEngine(IGrainFactory grains, OrleansEngineOptions? options = null)
        : this(_ => Task.FromResult(new OrleansConnection(grains, null)), options)
    {
    }

    private OrleansEngine(Func<CancellationToken, Task<OrleansConnection>> connect, OrleansEngineOptions? options)
    {
        _connect = connect;
        _options = options ?? new OrleansEngineOptions();
    }

    public string Name => "orleans";

    /// <summary>Starts a silo inside this process for each run (no --cluster).</summary>
    public static OrleansEngine WithInProcessSilo(OrleansEngineOptions? options = null, Action<IServiceCollection>? services = null) =>
        new(ct => OrleansConnection.StartInProcessSiloAsync(services, ct), options);

    /// <summary>Connects as a client to silos started with <c>coopsim silo</c>.</summary>
    public static OrleansEngine WithClient(ClusterAddress cluster, OrleansEngineOptions? options = null, Action<IServiceCollection>? services = null) =>
        new(ct => OrleansConnection.ConnectClientAsync(cluster, services, ct), options);

    public async Task<SimulationRun> RunAsync(
        ScenarioModel scenario,
        RunOptions options,
        ISimulationObserver? observer = null,
        IProgress<int>? progress = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(options.Replications, 1);
        var plan = SimulationPlan.Compile(scenario);
        var tracing = observer is not null;
        var run = new RunSpec
        {
            RunId = Guid.NewGuid().ToString("N"),
            ScenarioPath = string.IsNullOrEmpty(scenario.SourcePath) ? "" : Path.GetFullPath(scenario.SourcePath),
            ContentHash = File.Exists(scenario.SourcePath) ? PlanRegistry.HashFile(scenario.SourcePath) : "",
            Seed = options.Seed,
            Tracing = tracing,
            AgencyCount = plan.AgencyCount,
        };

        // Silos in this process (in-process silo, TestCluster) use the plan compiled here; separate silo
        // processes load the scenario file named in the run and check its hash.
        PlanRegistry.Register(run.RunId, plan);
        try
        {
            await using var connection = await _connect(cancellationToken);
            // Folded as they arrive, in replication order; the raw metrics are kept only when asked for.
            var folder = plan.CreateFolder(options.Seed);
            var kept = options.KeepReplications ? new ReplicationMetrics[options.Replications] : null;
            var runner = new ReplicationRunner(connection.Grains, run, _options);
            await foreach (var (replication, outcome) in runner.RunInOrderAsync(options.Replications, cancellationToken))
            {
                ReplicationMetrics metrics;
                if (outcome.Metrics is { } wire)
                {
                    metrics = wire.FromWire();
                }
                else
                {
                    // Only agencies that had something to do report; the others' reports are empty by definition.
                    var reports = Enumerable.Range(0, plan.AgencyCount).Select(a => plan.EmptyReport(a, tracing)).ToArray();
                    foreach (var report in outcome.Reports!) reports[report.Agency] = report.FromWire();
                    var (m, trace) = plan.Collect(replication, reports, tracing);
                    metrics = m;
                    if (trace is not null) observer!.OnReplication(trace);
                }

                folder.Add(metrics);
                if (kept is not null) kept[replication] = metrics;

                progress?.Report(replication + 1);
            }

            return plan.Summarize(folder, kept ?? []);
        }
        finally
        {
            PlanRegistry.Forget(run.RunId);
        }
    }
}
