using CoopSim.Simulation.Results;

namespace CoopSim.Simulation.Kernel;

/// <summary>
/// The working arrays of <see cref="MetricsCollector.Fold"/>, kept by a kernel from one replication to the next:
/// a small world's replication is over in microseconds, and allocating them afresh each time made the garbage
/// collector, which stops every worker, a large part of running replications side by side.
/// </summary>
internal sealed class FoldWorkspace
{
    private readonly int[] _lost;
    private readonly ChannelCounters[] _channels;
    private readonly long?[][] _earliest;

    public FoldWorkspace(CompiledWorld world)
    {
        var alerts = world.Alerts.Length;
        Regrouper = new AlertRegrouper(alerts);
        _lost = new int[alerts];
        _channels = new ChannelCounters[world.Channels.Length];
        _earliest = world.Subjects.Select(s => new long?[s.StopCountries.Length]).ToArray();
        SubjectsOf = new List<int>[alerts];
        for (var s = 0; s < world.Subjects.Length; s++)
            foreach (var a in world.Subjects[s].Alerts) (SubjectsOf[a] ??= []).Add(s);
        Paths = new PathScratch(world.Agencies.Length);
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

    public PathScratch Paths { get; }

    /// <summary>Each alert's records in agency order, regrouped from the partitions' reach logs.</summary>
    public AlertRegrouper Regrouper { get; }

    /// <summary>Cleared per-alert lost relays and per-channel counters.</summary>
    public (int[] Lost, ChannelCounters[] Channels) Counters()
    {
        Array.Clear(_lost);
        Array.Clear(_channels);
        return (_lost, _channels);
    }

    /// <summary>Cleared earliest block time per subject and stop.</summary>
    public long?[][] Earliest()
    {
        foreach (var stops in _earliest) Array.Clear(stops);
        return _earliest;
    }
}
