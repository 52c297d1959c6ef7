using CoopSim.Simulation.Compiled;
using CoopSim.Simulation.Results;

namespace CoopSim.Simulation.Fold;

/// <summary>Summarises a list of replications (engines that keep them) and names the indices of a world.</summary>
internal static class ResultAggregator
{
    public static SimulationResult Aggregate(CompiledWorld world, ulong seed, IReadOnlyList<ReplicationMetrics> reps)
    {
        var folder = new ResultFolder(world, seed);
        foreach (var rep in reps) folder.Add(rep);
        return folder.Finish();
    }

    public static WorldIndex IndexOf(CompiledWorld world) => new(
        world.Agencies.Select(a => a.Id).ToArray(),
        world.Agencies.Select(a => a.Country >= 0 ? world.CountryCodes[a.Country] : "").ToArray(),
        world.Agencies.Select(a => a.International).ToArray(),
        world.Channels.Select(c => c.Id).ToArray(),
        world.Alerts.Select(a => a.Id).ToArray(),
        world.Subjects.Select(s => s.Id).ToArray());
}
