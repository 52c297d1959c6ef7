using CoopSim.Simulation.Results;
using CoopSim.Simulation.Tracing;

namespace CoopSim.Simulation.Distributed;

/// <summary>
/// Drives one replication over agencies hosted anywhere, with the conservative windows of DESIGN.md §3:
/// T = the earliest time any agency has something due (its own next event, or a message waiting for it);
/// every agency with something due before T + its own lookahead (the fastest channel into it) steps once,
/// receiving the messages batched for it;
/// what they send is held here, per destination, until that destination is due. Agencies with nothing due
/// are never called (not even to reset them), and the coordinator's own work per window grows with the agencies that step, not
/// with the size of the world.
/// </summary>
public sealed class WindowCoordinator(SimulationPlan plan, IAgencyCluster cluster)
{
    public async Task<(ReplicationMetrics Metrics, ReplicationTrace? Trace)> RunReplicationAsync(
        ulong seed, int replication, bool tracing, CancellationToken cancellationToken = default)
    {
        var count = plan.AgencyCount;
        cluster.BeginReplication(seed, replication, tracing);
        var stepped = new bool[count];

        var schedule = new DueSchedule(plan.IncomingLookaheadMs);
        foreach (var message in plan.IssueMessages()) schedule.Post(message);

        var stepping = new List<(int Agency, long End)>();
        while (schedule.TryNextWindow(stepping))
        {
            cancellationToken.ThrowIfCancellationRequested();
            var calls = new Task<WindowOutcome>[stepping.Count];
            for (var i = 0; i < calls.Length; i++)
            {
                var (agency, windowEnd) = stepping[i];
                calls[i] = cluster.StepAsync(agency, !stepped[agency], schedule.TakeInbox(agency), windowEnd);
                stepped[agency] = true;
            }

            var outcomes = await Task.WhenAll(calls);

            // A message sent in the window opening at T arrives at or after T + its recipient's lookahead,
            // the recipient's end of this window, so none of them belongs to a window already run.
            for (var i = 0; i < outcomes.Length; i++)
            {
                schedule.Lower(stepping[i].Agency, outcomes[i].NextEventTime);
                foreach (var message in outcomes[i].Sent) schedule.Post(message);
            }
        }

        // An agency that never stepped was never reached and sent nothing: its report is empty, and asking
        // for it would cost a round trip per agency of the world.
        var reports = await Task.WhenAll(Enumerable.Range(0, count).Select(a =>
            stepped[a] ? cluster.ReportAsync(a) : Task.FromResult(plan.EmptyReport(a, tracing))));
        return plan.Collect(replication, reports, tracing);
    }
}
