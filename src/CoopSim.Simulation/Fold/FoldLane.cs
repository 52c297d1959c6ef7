using CoopSim.Simulation.Compiled;
using CoopSim.Simulation.Results;

namespace CoopSim.Simulation.Fold;

/// <summary>
/// What one thread folding alerts needs of its own: alerts are independent in the fold, so a large replication's
/// alerts are shared out between lanes, each with its own path and fold scratch and its own earliest block time
/// per subject stop (merged by minimum afterwards).
/// </summary>
internal sealed class FoldLane
{
    public FoldLane(CompiledWorld world)
    {
        Paths = new PathScratch(world.Agencies.Length);
        Scratch = new FoldScratch(world.Agencies.Length, world.CountryCodes.Length);
        Earliest = world.Subjects.Select(s => new long?[s.StopCountries.Length]).ToArray();
    }

    public PathScratch Paths { get; }

    public FoldScratch Scratch { get; }

    /// <summary>Per subject and stop, the earliest time an agency there able to block entry could act, among this lane's alerts.</summary>
    public long?[][] Earliest { get; }

    public void ClearEarliest()
    {
        foreach (var stops in Earliest) Array.Clear(stops);
    }

    /// <summary>Keeps, per subject stop, the earlier of this lane's block time and <paramref name="other"/>'s.</summary>
    public void TakeEarlierFrom(FoldLane other)
    {
        for (var s = 0; s < Earliest.Length; s++)
        {
            var ours = Earliest[s];
            var theirs = other.Earliest[s];
            for (var stop = 0; stop < ours.Length; stop++)
                if (theirs[stop] is { } e && (ours[stop] is not { } o || e < o)) ours[stop] = e;
        }
    }
}
