using System.Diagnostics;
using CoopSim.Simulation.Fold;
using CoopSim.Simulation.Results;
using CoopSim.Simulation.Tracing;

namespace CoopSim.Simulation.Engine;

/// <summary>
/// The one place a run's replications are taken in, strictly in replication order, whichever engine or schedule ran
/// them: each is folded (or was folded where it ran), kept when asked for, shown to the probe and the trace observer,
/// and counted for progress. Order is what makes a probe's figures and a trace file the same bytes on every engine.
/// </summary>
public sealed class OrderedFold
{
    private readonly ReplicationMetrics[]? _kept;
    private readonly IReplicationProbe? _probe;
    private readonly ISimulationObserver? _observer;
    private readonly IProgress<int>? _progress;

    public OrderedFold(ResultFolder folder, RunOptions options, ISimulationObserver? observer, IProgress<int>? progress)
    {
        Folder = folder;
        _kept = options.KeepReplications ? new ReplicationMetrics[options.Replications] : null;
        _probe = options.Probe;
        _observer = observer;
        _progress = progress;
    }

    public ResultFolder Folder { get; }

    /// <summary>Replications taken in so far; the next one taken in is this one.</summary>
    public int Done { get; private set; }

    /// <summary>Every replication's metrics are kept: each must be built whole, not folded straight from the kernel's state.</summary>
    public bool KeepsMetrics => _kept is not null;

    /// <summary>The kept metrics, in replication order (empty unless <see cref="KeepsMetrics"/>).</summary>
    public IReadOnlyList<ReplicationMetrics> Kept => _kept ?? [];

    /// <summary>Folds the next replication from its metrics.</summary>
    public void Add(ReplicationMetrics metrics, ReplicationTrace? trace)
    {
        var folding = Stopwatch.GetTimestamp();
        Folder.Add(metrics);
        Folder.AddFoldTime(Stopwatch.GetTimestamp() - folding);
        if (_kept is not null) _kept[Done] = metrics;
        _probe?.Observe(Done, metrics);
        Folded(trace);
    }

    /// <summary>Takes in the next replication, already folded into <see cref="Folder"/> (and shown to the probe) where it ran.</summary>
    public void Folded(ReplicationTrace? trace)
    {
        if (trace is not null) _observer!.OnReplication(trace);
        Done++;
        _progress?.Report(Done);
    }

    /// <summary>Takes in a block of <paramref name="count"/> replications folded elsewhere and saved (<see cref="ResultFolder.Save"/>).</summary>
    public void MergeBlock(byte[] saved, int count)
    {
        Folder.MergeSaved(saved);
        FoldedMany(count);
    }

    /// <summary>Takes in <paramref name="count"/> replications already folded into <see cref="Folder"/>.</summary>
    public void FoldedMany(int count)
    {
        Done += count;
        _progress?.Report(Done);
    }

    /// <summary>Whether anyone listens to progress: schedules that run untouched by each other need not report it one by one.</summary>
    public bool ReportsProgress => _progress is not null;
}
