using CoopSim.Model.Scenario;
using CoopSim.Simulation.Compiled;
using CoopSim.Simulation.Kernel;

namespace CoopSim.Bench.Generation;

/// <summary>
/// The event loop alone, without collecting metrics or summarising them, so that a benchmark can time the
/// kernel's events per second apart from the rest of a run. The caller holds the stopwatch.
/// </summary>
public sealed class KernelBenchmark
{
    private readonly CompiledWorld _world;
    private readonly PartitionPlan _plan;
    private readonly AgencyStates _table;
    private readonly AgencyState[] _states;
    private readonly Partition[] _partitions;
    private readonly WindowWorkers _workers;

    public KernelBenchmark(ScenarioModel scenario, int workers)
    {
        _world = CompiledWorld.Compile(scenario);
        _plan = PartitionPlan.Create(_world, workers);
        _table = AgencyStates.Create(_world);
        _states = _table.States;
        _workers = new WindowWorkers(_plan.Workers, _plan.Count);
        _partitions = Enumerable.Range(0, _plan.Count).Select(p => new Partition(p, _plan.Count, _plan.PartitionOf, _world, _table)).ToArray();
    }

    /// <summary>Events per partition in the last replication.</summary>
    public IReadOnlyList<long> PartitionEvents => _partitions.Select(p => p.Events).ToArray();

    /// <summary>The windows of the last replication: how many, their events, and the speed-up their balance allows.</summary>
    public WindowProfile LastWindows { get; private set; } = new(1);

    /// <summary>Runs one replication's windows and returns how many events were processed.</summary>
    public long RunReplication(ulong seed, int replication)
    {
        for (var i = 0; i < _states.Length; i++) _states[i].Reset(seed, replication, _world.Agencies[i].Id, tracing: false);
        foreach (var partition in _partitions) partition.Reset(_world, _table, tracing: false);
        foreach (var alert in _world.Alerts)
        {
            var (key, payload) = AgencyBehaviour.IssueEvent(alert);
            _partitions[_plan.PartitionOf[alert.Origin]].Queue.Push(key, payload);
        }

        LastWindows = new WindowProfile(_plan.Workers);
        ReplicationKernel.RunWindows(_partitions, _plan, _workers, CancellationToken.None, LastWindows);
        return _partitions.Sum(p => p.Events);
    }
}
