using System.Diagnostics;
using CoopSim.Model.Scenario;
using CoopSim.Orleans.Abstractions;
using CoopSim.Orleans.Grains;
using CoopSim.Orleans.Hosting;
using CoopSim.Orleans.Wire;
using CoopSim.Scenarios.Bundles;
using CoopSim.Simulation.Distributed;
using CoopSim.Simulation.Engine;
using CoopSim.Simulation.Results;

namespace CoopSim.Orleans.Engine;

/// <summary>
/// docs/architecture.md, "Engines": agencies (or whole replications) on grains. Replications are gathered and
/// handed to the observer in replication order, and summarized by the kernel's plan, so the JSON is the
/// in-process engine's byte for byte. A replication whose grains fail is re-run from its start (it is a
/// pure function of seed and index); when that keeps failing the run ends with
/// <see cref="OrleansRunFailedException"/> and returns nothing.
/// </summary>
public sealed class OrleansEngine : ISimulationEngine, IAsyncDisposable
{
    private readonly Func<CancellationToken, Task<OrleansConnection>> _connect;
    private readonly OrleansEngineOptions _options;
    private readonly BlockRates _rates = new();

    /// <summary>Runs this engine started: each run numbers its replication slots from here, so that slot 0 of
    /// successive runs (a study's points, each often one block) lands on successive silos (SlotSpreadPlacement).</summary>
    private int _runsStarted;
    private SharedClient? _client;

    /// <summary>Tries, a second apart, to learn the active silos: enough for membership to declare a killed silo dead.</summary>
    private const int SiloCountAttempts = 15;

    /// <summary>How long a run waits for its grains to be ended before it leaves them to the idle collector.</summary>
    private static readonly TimeSpan EndRunLimit = TimeSpan.FromSeconds(10);

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

    /// <summary>How many replications of the last run each silo ran (by silo identity), to show how evenly a run spread.</summary>
    public IReadOnlyDictionary<string, int> LastRunReplicationsPerSilo { get; private set; } = new Dictionary<string, int>();

    /// <summary>Seconds each silo spent folding its blocks of the last run (by silo identity): with the replications, its rate.</summary>
    public IReadOnlyDictionary<string, double> LastRunFoldingSecondsPerSilo { get; private set; } = new Dictionary<string, double>();

    /// <summary>Runs on the process's embedded silo (no --cluster), started by the first run and shared by the rest.</summary>
    public static OrleansEngine WithEmbeddedSilo(OrleansEngineOptions? options = null) =>
        new(EmbeddedSilo.ConnectAsync, options);

    /// <summary>
    /// Connects as a client to silos started with <c>coopsim silo</c>: one client, started by the first run and shared
    /// by the rest (a study's points), until the engine is disposed.
    /// </summary>
    public static OrleansEngine WithClient(ClusterAddress cluster, OrleansEngineOptions? options = null, Action<IServiceCollection>? services = null,
        TextWriter? status = null)
    {
        var client = new SharedClient(ct => OrleansConnection.ConnectClientAsync(cluster, services, status, (options ?? new OrleansEngineOptions()).ClusterWait, ct));
        return new OrleansEngine(client.ConnectAsync, options) { _client = client };
    }

    /// <summary>Stops the client of <see cref="WithClient"/>, if a run started it; other engines have nothing to stop.</summary>
    public async ValueTask DisposeAsync()
    {
        if (_client is not null) await _client.DisposeAsync();
    }

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
        await using var connection = await _connect(cancellationToken);
        var run = new RunSpec
        {
            RunId = Guid.NewGuid().ToString("N"),
            ScenarioHash = "",
            Seed = options.Seed,
            Tracing = tracing,
            AgencyCount = plan.AgencyCount,
        };
        if (connection.IsRemote) run = ShipScenario(connection, scenario, run);

        // Silos in this process (embedded silo, TestCluster) use the plan compiled here; silos in other
        // processes compile the shipped files once per hash.
        PlanRegistry.Register(run.RunId, plan);
        ReplicationRunner? runner = null;
        try
        {
            // Taken in as they arrive, in replication order, by the same ordered fold as the in-process engine.
            var fold = new OrderedFold(plan.CreateFolder(options.Seed), options, observer, progress);
            options.Probe?.Bind(plan.Index);
            var probeAlerts = options.Probe is { } observing ? Enumerable.Range(0, plan.Index.Alerts.Count).Where(observing.ObservesAlert).ToArray() : [];
            run = run with { Probe = options.Probe is not null, ProbeAlerts = probeAlerts, ProbePaths = options.Probe?.ReadsPathDelays ?? false };
            var folds = !tracing && !fold.KeepsMetrics;
            var settings = connection.IsRemote ? await SpreadOverSilosAsync(connection, folds, cancellationToken) : Local(folds);
            if (connection.IsRemote) run = run with { KeepsLease = true };
            runner = new ReplicationRunner(connection.Grains, run, settings, connection.Changes, connection.Waiting, _rates, scenario.SourcePath,
                Interlocked.Increment(ref _runsStarted) - 1);
            // Silos in other processes stop this run's work soon after this process dies (AbandonedRunWatch).
            using var lease = connection.IsRemote ? new LeaseKeeper(runner.KeepCalledSlots, AbandonedRunWatch.KeepPeriod) : null;
            var perSilo = new Dictionary<string, int>(StringComparer.Ordinal);
            if (folds)
            {
                // Nothing needs a replication's metrics here: each block is folded where it ran, and only folds cross.
                var blocks = 0;
                var work = new Dictionary<string, (int Blocks, double Seconds)>(StringComparer.Ordinal);
                await foreach (var (first, count, block) in runner.FoldInOrderAsync(options.Replications, cancellationToken))
                {
                    blocks++;
                    if (options.Probe is { } probe) RecordingProbe.Replay(block, first, probeAlerts, run.ProbePaths, probe);
                    var merging = Stopwatch.GetTimestamp();
                    fold.MergeBlock(block.Fold, count);
                    runner.MergedBlock(Stopwatch.GetElapsedTime(merging).TotalSeconds);
                    if (block.Silo is not { } silo) continue;
                    perSilo[silo] = perSilo.GetValueOrDefault(silo) + count;
                    var (done, seconds) = work.GetValueOrDefault(silo);
                    work[silo] = (done + 1, seconds + block.Seconds);
                }

                LastRunReplicationsPerSilo = perSilo;
                LastRunFoldingSecondsPerSilo = work.ToDictionary(w => w.Key, w => w.Value.Seconds, StringComparer.Ordinal);
                return plan.Summarize(fold.Folder, []) with { Probe = options.Probe, Schedule = BlockSchedule(blocks, perSilo, work) };
            }

            await foreach (var (replication, outcome) in runner.RunInOrderAsync(options.Replications, cancellationToken))
            {
                if (outcome.Metrics is { } collected)
                {
                    fold.Add(collected, null);
                }
                else
                {
                    // Only agencies that had something to do report; the others would add nothing.
                    var (metrics, trace) = plan.Collect(replication, outcome.Reports!, tracing);
                    fold.Add(metrics, trace);
                }

                if (outcome.Silo is { } silo) perSilo[silo] = perSilo.GetValueOrDefault(silo) + 1;
            }

            LastRunReplicationsPerSilo = perSilo;
            return plan.Summarize(fold.Folder, fold.Kept) with { Probe = options.Probe };
        }
        finally
        {
            // Not after a cancel: the user asked to stop now, and a coordinator still busy would answer late.
            if (runner is not null && !cancellationToken.IsCancellationRequested) await runner.EndRunAsync(EndRunLimit);
            PlanRegistry.Forget(run.RunId);
        }
    }

    /// <summary>
    /// What <c>run --verbose</c> says of a run of blocks: how many, and per silo its share of the replications, its blocks
    /// and the seconds it spent folding them (a silo with a small share and few seconds was waiting, not slow).
    /// </summary>
    private static string BlockSchedule(int blocks, IReadOnlyDictionary<string, int> perSilo, IReadOnlyDictionary<string, (int Blocks, double Seconds)> work)
    {
        var total = Math.Max(1, perSilo.Values.Sum());
        var shares = perSilo.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p =>
        {
            var (done, seconds) = work.GetValueOrDefault(p.Key);
            return string.Create(System.Globalization.CultureInfo.InvariantCulture,
                $"{p.Key} {p.Value:N0} ({100.0 * p.Value / total:0}%) in {done} block{(done == 1 ? "" : "s")}, {seconds:0.00} s folding");
        });
        return $"{blocks} block{(blocks == 1 ? "" : "s")} folded on {perSilo.Count} silo{(perSilo.Count == 1 ? "" : "s")}: {string.Join(", ", shares)}";
    }

    /// <summary>
    /// Silos in other processes get the scenario's files (not its path) from this client by their hash, and what a study
    /// changed in it for this run (<see cref="ScenarioModel.Changes"/>) in the run's spec; one hash of both names the run's
    /// scenario. A scenario built in memory has no files that say what it is, so it cannot be shipped.
    /// </summary>
    private static RunSpec ShipScenario(OrleansConnection connection, ScenarioModel scenario, RunSpec run)
    {
        if (string.IsNullOrEmpty(scenario.SourcePath) || !File.Exists(scenario.SourcePath))
            throw new OrleansHostingException("coopsim: error: this scenario was built in memory, not read from a file, so it cannot be shipped to a cluster; run it without --cluster");
        var bundle = ScenarioBundles.Capture(scenario.SourcePath);
        return run with
        {
            ScenarioHash = ScenarioBundles.HashWith(bundle.Hash, scenario.Changes), Source = connection.ScenarioSource(bundle), FilesHash = bundle.Hash,
            Changes = scenario.Changes,
        };
    }

    /// <summary>
    /// At least two replication slots per silo, and a whole number of slots per silo: slot k runs on silo
    /// k mod n (SlotSpreadPlacement), so every silo gets the same share of the replications.
    /// </summary>
    private async Task<OrleansEngineOptions> SpreadOverSilosAsync(OrleansConnection connection, bool folds, CancellationToken cancellationToken)
    {
        var silos = await CountSilosAsync(connection, cancellationToken);
        return _options with
        {
            ReplicationSlots = folds ? _options.BlockSlotsPerSilo * silos : Spread(_options.ReplicationSlots, silos),
            AgencyGrainSlots = Spread(_options.AgencyGrainSlots, silos),
        };

        static int Spread(int slots, int silos) => (Math.Max(slots, 2 * silos) + silos - 1) / silos * silos;
    }

    /// <summary>Silos in this process: one block worker per silo, when blocks fold where they ran (each uses every core).</summary>
    private OrleansEngineOptions Local(bool folds) => folds ? _options with { ReplicationSlots = _options.BlockSlotsPerSilo } : _options;

    /// <summary>
    /// The active silos. A silo lost as the run starts can fail this call (its directory partition or the
    /// management grain lived there) until membership declares it dead, a few seconds later: ask again. The count
    /// only sizes how many blocks are in flight (never a result), so when every silo is gone the run goes on as on
    /// one silo and the block runner waits for the cluster to come back, rather than the count failing the run
    /// (every silo killed and replaced: the run failed here 0 s after the kill, once in four).
    /// </summary>
    private static async Task<int> CountSilosAsync(OrleansConnection connection, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return Math.Max(1, (await connection.Grains.GetGrain<IManagementGrain>(0).GetHosts(onlyActive: true)).Count);
            }
            catch (Exception ex) when (ex is not OperationCanceledException && !cancellationToken.IsCancellationRequested)
            {
                if (attempt == SiloCountAttempts) return 1;
                await Task.Delay(TimeSpan.FromSeconds(1), cancellationToken);
            }
        }
    }
}
