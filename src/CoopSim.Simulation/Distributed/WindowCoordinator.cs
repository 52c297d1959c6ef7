using CoopSim.Simulation.Results;
using CoopSim.Simulation.Tracing;

namespace CoopSim.Simulation.Distributed;

/// <summary>
/// Drives one replication over agencies hosted anywhere, with the conservative windows of DESIGN.md §3:
/// T = earliest due event; every agency with events before T + lookahead runs; their messages are batched
/// per destination and delivered at the barrier. Agencies with nothing due are skipped.
/// </summary>
public sealed class WindowCoordinator(SimulationPlan plan, IAgencyCluster cluster)
{
    public async Task<(ReplicationMetrics Metrics, ReplicationTrace? Trace)> RunReplicationAsync(
        ulong seed, int replication, bool tracing, CancellationToken cancellationToken = default)
    {
        var count = plan.AgencyCount;
        await Task.WhenAll(Enumerable.Range(0, count).Select(a => cluster.ResetAsync(a, seed, replication, tracing)));

        var next = new long[count];
        Array.Fill(next, long.MaxValue);
        var pending = new Dictionary<int, List<AgencyMessage>>();
        foreach (var message in plan.IssueMessages()) Add(pending, message);

        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            await DeliverAsync(pending, next);
            var earliest = next.Min();
            if (earliest == long.MaxValue) break;
            var windowEnd = earliest > long.MaxValue - plan.LookaheadMs ? long.MaxValue : earliest + plan.LookaheadMs;
            var due = Enumerable.Range(0, count).Where(a => next[a] < windowEnd).ToArray();
            var outcomes = await Task.WhenAll(due.Select(a => cluster.RunUntilAsync(a, windowEnd)));
            for (var i = 0; i < due.Length; i++)
            {
                next[due[i]] = outcomes[i].NextEventTime;
                foreach (var message in outcomes[i].Sent) Add(pending, message);
            }
        }

        var reports = await Task.WhenAll(Enumerable.Range(0, count).Select(cluster.ReportAsync));
        return plan.Collect(replication, reports, tracing);
    }

    private async Task DeliverAsync(Dictionary<int, List<AgencyMessage>> pending, long[] next)
    {
        if (pending.Count == 0) return;
        var batches = pending.ToArray();
        pending.Clear();
        await Task.WhenAll(batches.Select(b => cluster.DeliverAsync(b.Key, b.Value)));
        foreach (var (agency, batch) in batches)
            foreach (var message in batch) next[agency] = Math.Min(next[agency], message.Key.Time);
    }

    private static void Add(Dictionary<int, List<AgencyMessage>> pending, AgencyMessage message)
    {
        if (!pending.TryGetValue(message.Recipient, out var list)) pending[message.Recipient] = list = [];
        list.Add(message);
    }
}
