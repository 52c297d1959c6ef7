using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using CoopSim.Orleans.Abstractions;
using CoopSim.Orleans.Hosting;
using CoopSim.Orleans.Wire;

namespace CoopSim.Orleans.Engine;

/// <summary>
/// Runs a run's replications on grains, a sliding window of them at once, and yields them in replication
/// order so that observers and results see the same sequence as in-process. A replication is a pure
/// function of (seed, index), so one that was lost with a silo is simply run again.
/// </summary>
/// <param name="firstWorkerSlot">The number of the first replication worker slot in the grains' keys, which place slot k on
/// silo k mod n: an engine gives each run the next, so a short run's one block goes to the next silo, not always the first.</param>
internal sealed class ReplicationRunner(IGrainFactory grains, RunSpec run, OrleansEngineOptions options, ClusterChangeSignal? changes = null,
    ClusterWaitNotice? waiting = null, BlockRates? rates = null, string rateKey = "", int firstWorkerSlot = 0)
{
    private readonly BlockAttempts _attempts = new(options, changes, waiting);

    /// <summary>Slots this run has called: the client keeps its lease on them, and only on them (a keep activates a grain).</summary>
    private readonly ConcurrentDictionary<int, bool> _called = new();

    /// <summary>The sizer of the blocks of replication workers being folded, which also hears how long the client takes to merge one.</summary>
    private BlockSizer? _sizer;

    public async IAsyncEnumerable<(int Replication, ReplicationOutcome Outcome)> RunInOrderAsync(
        int replications, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        // Block b (replications b*size .. b*size + size - 1) runs on slot b % slots. The window holds
        // consecutive blocks, so no two in flight share a slot, and a slot's grains hold one block at a time.
        var (size, lanes) = Blocks(replications);
        var blocks = (replications + size - 1) / size;
        var inFlight = Math.Max(1, options.Slots);
        var window = new Queue<Task<ReplicationOutcome[]>>();
        var next = 0;
        var held = 0;
        MostHeld = 0;
        // The first window gives every slot it will ever use a block.
        SlotsUsed = Math.Min(inFlight, blocks);
        for (; next < Math.Min(inFlight, blocks); next++) Enqueue(next);
        for (var b = 0; b < blocks; b++)
        {
            var outcomes = await window.Dequeue();
            if (next < blocks) Enqueue(next++);
            for (var i = 0; i < outcomes.Length; i++)
            {
                held--;
                yield return (b * size + i, outcomes[i]);
            }
        }

        void Enqueue(int block)
        {
            held += Math.Min(size, replications - block * size);
            MostHeld = Math.Max(MostHeld, held);
            window.Enqueue(RunWithRetriesAsync(block, size, lanes, replications, cancellationToken));
        }
    }

    /// <summary>
    /// The most replications of the last run asked of the grains and not yet handed on, at once: what
    /// the run holds in outcomes (and its coordinators in lanes), which must not grow with the run.
    /// </summary>
    internal int MostHeld { get; private set; }

    /// <summary>Slots 0 .. SlotsUsed - 1 were given blocks: their grains exist, the others were never activated.</summary>
    internal int SlotsUsed { get; private set; }

    /// <summary>
    /// Ends the grains of every slot the run used (coordinators end their agency grains), so a silo that serves many
    /// runs (the workshop, <c>sweep</c>, a cluster) does not keep each one's activations until the idle collector
    /// comes by, minutes later. Best effort, within <paramref name="limit"/>: a grain on a lost silo is gone anyway,
    /// and the run's result does not depend on it.
    /// </summary>
    public Task EndRunAsync(TimeSpan limit) => EndSlotsAsync(SlotsUsed, limit);

    /// <summary>As <see cref="EndRunAsync"/>, for slots 0 .. <paramref name="slots"/> - 1 (a run of blocks, which this runner did not schedule).</summary>
    public async Task EndSlotsAsync(int slots, TimeSpan limit)
    {
        var ends = new Task[slots];
        for (var slot = 0; slot < ends.Length; slot++)
        {
            ends[slot] = options.Mode == OrleansEngineMode.AgencyGrains ? Coordinator(slot).EndRunAsync() : Worker(slot).EndRunAsync();
        }

        try
        {
            await Task.WhenAll(ends).WaitAsync(limit);
        }
        catch (Exception)
        {
            // Left to the idle collector (see above).
        }
    }

    /// <summary>
    /// Replications per coordinator call, and how many of them run side by side (lanes), on agency grains.
    /// Side by side, replications share each agency's grain calls: a round trip costs far more than a
    /// starter replication's work, so a round of many lanes is much cheaper per replication than a round of
    /// one. Four blocks per slot keep the slots evenly loaded and a lost block small; the cap on agencies ×
    /// lanes bounds what one slot's grains hold, and the cap on a block's replications bounds the outcomes
    /// a run holds at once (<see cref="OrleansEngineOptions.MaxReplicationsPerBlock"/>), so a long run has
    /// more blocks, not larger ones.
    /// </summary>
    internal (int Size, int Lanes) Blocks(int replications)
    {
        if (options.Mode != OrleansEngineMode.AgencyGrains) return (1, 1);
        var slots = Math.Max(1, options.Slots);
        var size = Math.Clamp((replications + 4 * slots - 1) / (4 * slots), 1, Math.Max(1, options.MaxReplicationsPerBlock));
        var memory = Math.Max(1, options.MaxAgencyStatesPerSlot / Math.Max(1, run.AgencyCount));
        return (size, Math.Clamp(Math.Min(options.MaxLanes, memory), 1, size));
    }

    private Task<ReplicationOutcome[]> RunWithRetriesAsync(int block, int size, int lanes, int replications, CancellationToken cancellationToken)
    {
        var first = block * size;
        var count = Math.Min(size, replications - first);
        return _attempts.RunAsync(ct => RunOnceAsync(block, first, count, lanes, ct), first, count, cancellationToken);
    }

    private async Task<ReplicationOutcome[]> RunOnceAsync(int block, int first, int count, int lanes, CancellationToken cancellationToken) => options.Mode switch
    {
        OrleansEngineMode.AgencyGrains => await Called(Coordinator, Slot(block)).RunReplicationsAsync(run, Slot(block), first, count, lanes, cancellationToken),
        _ => [await Called(Worker, Slot(block)).RunReplicationAsync(run, first, cancellationToken)],
    };

    /// <summary>
    /// The run as blocks folded where they ran (docs/orleans.md, "Blocks"), in block order. On replication workers: one
    /// worker per slot running a block on all of its silo's cores, two blocks in flight per slot, sized by measured cost.
    /// On agency grains: each coordinator folds its block of lanes, in the blocks <see cref="Blocks"/> cuts.
    /// </summary>
    public IAsyncEnumerable<(int First, int Count, BlockOutcome Outcome)> FoldInOrderAsync(int replications, CancellationToken cancellationToken)
    {
        var slots = Math.Max(1, options.Slots);
        BlockRunner blocks;
        if (options.Mode == OrleansEngineMode.AgencyGrains)
        {
            var (size, lanes) = Blocks(replications);
            blocks = new BlockRunner(slots, 1, _ => size,
                (slot, first, count, ct) => Called(Coordinator, slot).FoldReplicationsAsync(run, slot, first, count, lanes, ct), _attempts);
        }
        else
        {
            const int perSlot = 2;
            var sizer = _sizer = new BlockSizer(slots * perSlot, Math.Clamp(replications / (8 * slots * perSlot), 1, 64), options.BlockSeconds, options.MaxBlockReplications,
                options.MaxBlockBytes, rates?.Of(rateKey));
            blocks = new BlockRunner(slots, perSlot, sizer.Next, async (slot, first, count, ct) =>
            {
                var outcome = await Called(Worker, slot).FoldBlockAsync(run, first, count, ct);
                sizer.Observe(count, outcome.Seconds);
                sizer.ObserveSize(count, outcome.Fold.Length);
                rates?.Remember(rateKey, sizer.Cost);
                return outcome;
            }, _attempts);
        }

        SlotsUsed = Math.Min(slots, replications);
        return blocks.RunInOrderAsync(replications, cancellationToken);
    }

    /// <summary>
    /// The client took <paramref name="seconds"/> to take in a block <see cref="FoldInOrderAsync"/> handed on: blocks of
    /// replication workers grow until the client keeps up (<see cref="BlockSizer.ObserveMerge"/>).
    /// </summary>
    public void MergedBlock(double seconds) => _sizer?.ObserveMerge(seconds);

    /// <summary>
    /// Keeps the run's lease on every slot called so far (<see cref="RunSpec.KeepsLease"/>): one-way calls, so a slot on a
    /// lost silo costs nothing here. Best effort: a keep that fails is followed by another a second later.
    /// </summary>
    public void KeepCalledSlots()
    {
        foreach (var slot in _called.Keys)
        {
            try
            {
                _ = options.Mode == OrleansEngineMode.AgencyGrains ? Coordinator(slot).KeepAsync() : Worker(slot).KeepAsync();
            }
            catch (Exception)
            {
                // The connection is down: the block calls will find out and wait for the cluster.
            }
        }
    }

    private T Called<T>(Func<int, T> grain, int slot)
    {
        _called.TryAdd(slot, true);
        return grain(slot);
    }

    private ISimulationCoordinatorGrain Coordinator(int slot) => grains.GetGrain<ISimulationCoordinatorGrain>(GrainKeys.Coordinator(run.RunId, slot));

    private IReplicationWorkerGrain Worker(int slot) => grains.GetGrain<IReplicationWorkerGrain>(GrainKeys.ReplicationSlot(run.RunId, firstWorkerSlot + slot));

    private int Slot(int block) => block % Math.Max(1, options.Slots);
}
