namespace CoopSim.Simulation.Kernel;

/// <summary>
/// Which partition each agency belongs to, and the lookahead that makes windows safe. Agencies of one
/// country stay together, so fast domestic relays never cross partitions and the lookahead is set by
/// international links, which take hours (DESIGN.md §3).
/// </summary>
internal sealed record PartitionPlan(int Count, int[] PartitionOf, long LookaheadMs)
{
    public static PartitionPlan Create(CompiledWorld world, int workers)
    {
        var agencies = world.Agencies;
        if (workers <= 1 || agencies.Length < 2) return new PartitionPlan(1, new int[agencies.Length], long.MaxValue);

        // Greedy: biggest country first onto the lightest partition; ties by index, so the plan is deterministic.
        var groups = agencies
            .GroupBy(a => a.Country)
            .Select(g => (Country: g.Key, Members: g.Select(a => a.Index).ToArray()))
            .OrderByDescending(g => g.Members.Length).ThenBy(g => g.Country)
            .ToArray();
        var count = Math.Min(workers, groups.Length);
        var load = new int[count];
        var partitionOf = new int[agencies.Length];
        foreach (var group in groups)
        {
            var lightest = 0;
            for (var p = 1; p < count; p++)
                if (load[p] < load[lightest]) lightest = p;
            load[lightest] += group.Members.Length;
            foreach (var a in group.Members) partitionOf[a] = lightest;
        }

        var lookahead = long.MaxValue;
        foreach (var edge in world.Edges)
        {
            if (partitionOf[edge.From] != partitionOf[edge.To])
                lookahead = Math.Min(lookahead, edge.Latency.Minimum.Milliseconds);
        }

        return new PartitionPlan(count, partitionOf, Math.Max(1, lookahead));
    }
}
