using CoopSim.Simulation.Compiled;
using CoopSim.Simulation.Results;

namespace CoopSim.Simulation.Fold;

/// <summary>
/// The working arrays of <see cref="MetricsCollector.Fold"/>, kept by a kernel from one replication to the next:
/// a small world's replication is over in microseconds, and allocating them afresh each time made the garbage
/// collector, which stops every worker, a large part of running replications side by side.
/// </summary>
internal sealed class FoldWorkspace
{
    private readonly int[] _lost;
    private readonly ChannelCounters[] _channels;
    /// <param name="lanes">Threads that may fold one replication's alerts side by side (the kernel's workers).</param>
    /// <param name="parallelRecords">Records of a replication from which they do (<see cref="AlertRegrouper.ParallelRecords"/>).</param>
    public FoldWorkspace(CompiledWorld world, int lanes = 1, int parallelRecords = AlertRegrouper.DefaultParallelRecords)
    {
        var alerts = world.Alerts.Length;
        Regrouper = new AlertRegrouper(alerts, parallelRecords: parallelRecords);
        _lost = new int[alerts];
        _channels = new ChannelCounters[world.Channels.Length];
        SubjectsOf = new List<int>[alerts];
        for (var s = 0; s < world.Subjects.Length; s++)
            foreach (var a in world.Subjects[s].Alerts) (SubjectsOf[a] ??= []).Add(s);
        Lanes = Enumerable.Range(0, Math.Max(1, lanes)).Select(_ => new FoldLane(world)).ToArray();
        Visitors = new MetricsCollector.FoldVisitor[Lanes.Length];
        Decided = new SubjectReplication[world.Subjects.Length];
        Leads = world.Subjects.Select(s => new long?[s.StopCountries.Length]).ToArray();
    }

    /// <summary>
    /// Each subject's outcome in the replication being folded, and its lead time per stop: the folder reads them at
    /// once and keeps neither, so they are reused.
    /// </summary>
    public SubjectReplication[] Decided { get; }

    public long?[][] Leads { get; }

    /// <summary>The subjects each alert is about (null when none); fixed for the world.</summary>
    public List<int>?[] SubjectsOf { get; }

    /// <summary>Working space per folding thread; the first is the one a sequential fold uses.</summary>
    public FoldLane[] Lanes { get; }

    /// <summary>One visitor per lane, remade for each replication in place (so nothing is allocated per replication).</summary>
    public MetricsCollector.FoldVisitor[] Visitors { get; }

    /// <summary>Each alert's records in agency order, regrouped from the partitions' reach logs.</summary>
    public AlertRegrouper Regrouper { get; }

    /// <summary>Cleared per-alert lost relays and per-channel counters.</summary>
    public (int[] Lost, ChannelCounters[] Channels) Counters()
    {
        Array.Clear(_lost);
        Array.Clear(_channels);
        return (_lost, _channels);
    }
}
