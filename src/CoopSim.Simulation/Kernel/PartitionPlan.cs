using CoopSim.Simulation.Compiled;
namespace CoopSim.Simulation.Kernel;

/// <summary>
/// Which partition each agency belongs to, how many workers share the partitions out, and the lookahead that
/// makes windows safe. Agencies of one country stay together, so fast domestic relays never cross partitions
/// and the lookahead is set by international links, which take hours (docs/architecture.md, "The kernel"). There are more
/// partitions than workers, balanced by expected load, so that each window's work can be handed out evenly
/// even when the alerts are busy in a few countries only.
/// </summary>
internal sealed record PartitionPlan(int Count, int[] PartitionOf, long LookaheadMs, int Workers)
{
    /// <summary>
    /// Partitions per worker when that costs no lookahead: enough to even out a window's work (the busiest
    /// worker takes the largest partitions first, then whatever is left), few enough that the barrier stays cheap.
    /// </summary>
    public const int PartitionsPerWorker = 4;

    public static PartitionPlan Create(CompiledWorld world, int workers)
    {
        var agencies = world.Agencies;
        if (workers <= 1 || agencies.Length < 2) return new PartitionPlan(1, new int[agencies.Length], long.MaxValue, 1);

        var groups = CountryGroups(world);
        var fewest = Split(world, groups, workers);
        if (fewest.Count < workers) return fewest;

        // More partitions only while they keep the lookahead of one partition per worker: a shorter
        // lookahead means more windows, which costs more than the balance gains.
        foreach (var count in new[] { PartitionsPerWorker * workers, 2 * workers })
        {
            var plan = Split(world, groups, count);
            if (plan.LookaheadMs >= fewest.LookaheadMs) return plan with { Workers = workers };
        }

        return fewest;
    }

    /// <summary>
    /// Each country's agencies with their expected load: an agency handles one event per copy that reaches
    /// it (at most one per channel into it) and one to act, so load is one plus its incoming edges.
    /// Heaviest first, ties by country index, so the plan is deterministic.
    /// </summary>
    private static (long Load, int[] Members)[] CountryGroups(CompiledWorld world)
    {
        var load = new long[world.Agencies.Length];
        Array.Fill(load, 1);
        foreach (var edge in world.Edges) load[edge.To]++;
        return world.Agencies
            .GroupBy(a => a.Country)
            .Select(g => (Country: g.Key, Load: g.Sum(a => load[a.Index]), Members: g.Select(a => a.Index).ToArray()))
            .OrderByDescending(g => g.Load).ThenBy(g => g.Country)
            .Select(g => (g.Load, g.Members))
            .ToArray();
    }

    /// <summary>Longest-processing-time first: each country, heaviest first, onto the lightest partition so far.</summary>
    private static PartitionPlan Split(CompiledWorld world, (long Load, int[] Members)[] groups, int wanted)
    {
        var count = Math.Min(wanted, groups.Length);
        var load = new long[count];
        var partitionOf = new int[world.Agencies.Length];
        foreach (var (groupLoad, members) in groups)
        {
            var lightest = 0;
            for (var p = 1; p < count; p++)
                if (load[p] < load[lightest]) lightest = p;
            load[lightest] += groupLoad;
            foreach (var a in members) partitionOf[a] = lightest;
        }

        var lookahead = long.MaxValue;
        foreach (var edge in world.Edges)
        {
            if (partitionOf[edge.From] != partitionOf[edge.To])
                lookahead = Math.Min(lookahead, edge.Latency.Minimum.Milliseconds);
        }

        // One worker per partition unless the caller asks for fewer workers than partitions.
        return new PartitionPlan(count, partitionOf, Math.Max(1, lookahead), count);
    }
}
