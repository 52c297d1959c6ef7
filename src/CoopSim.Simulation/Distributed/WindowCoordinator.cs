using CoopSim.Simulation.Results;
using CoopSim.Simulation.Tracing;

namespace CoopSim.Simulation.Distributed;

/// <summary>
/// Drives replications over agencies hosted anywhere, with the conservative windows of DESIGN.md §3:
/// T = the earliest time any agency has something due (its own next event, or a message waiting for it);
/// every agency with something due before T + its own lookahead (the fastest channel into it) steps once,
/// receiving the messages batched for it;
/// what they send is held here, per destination, until that destination is due. Agencies with nothing due
/// are never called (not even to reset them), and the coordinator's own work per window grows with the agencies that step, not
/// with the size of the world.
/// <para>
/// Several replications may run side by side, one per lane, each with its own windows: a round opens the
/// next window of every lane, and an agency due in several lanes gets all of it in one call (with the
/// reports of lanes that just finished). A lane sees exactly the windows it would see alone, so its
/// result is the same; only the number of round trips falls, which is what a grain call costs.
/// </para>
/// </summary>
public sealed class WindowCoordinator(SimulationPlan plan, IAgencyCluster cluster)
{
    public async Task<(ReplicationMetrics Metrics, ReplicationTrace? Trace)> RunReplicationAsync(
        ulong seed, int replication, bool tracing, CancellationToken cancellationToken = default) =>
        (await RunReplicationsAsync(seed, [replication], tracing, cancellationToken))[0];

    /// <summary>Runs <paramref name="replications"/> side by side, lane i running replications[i]; results in the same order.</summary>
    public async Task<IReadOnlyList<(ReplicationMetrics Metrics, ReplicationTrace? Trace)>> RunReplicationsAsync(
        ulong seed, IReadOnlyList<int> replications, bool tracing, CancellationToken cancellationToken = default)
    {
        var lanes = replications.Count;
        var count = plan.AgencyCount;
        cluster.BeginReplications(seed, replications, tracing);
        var schedules = new DueSchedule[lanes];
        var stepped = new bool[lanes][];
        var reports = new AgencyReport?[lanes][];
        var finished = new bool[lanes];
        var issues = plan.IssueMessages();
        for (var lane = 0; lane < lanes; lane++)
        {
            schedules[lane] = new DueSchedule(plan.IncomingLookaheadMs);
            foreach (var message in issues) schedules[lane].Post(message);
            stepped[lane] = new bool[count];
            reports[lane] = new AgencyReport?[count];
        }

        var work = new List<AgencyWork>?[count];
        var called = new List<int>();
        var stepping = new List<(int Agency, long End)>();
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            called.Clear();
            for (var lane = 0; lane < lanes; lane++)
            {
                if (finished[lane]) continue;
                if (schedules[lane].TryNextWindow(stepping))
                {
                    foreach (var (agency, windowEnd) in stepping)
                    {
                        var kind = stepped[lane][agency] ? AgencyWorkKind.Step : AgencyWorkKind.Start;
                        Add(agency, new AgencyWork(lane, kind, schedules[lane].TakeInbox(agency), windowEnd));
                        stepped[lane][agency] = true;
                    }

                    continue;
                }

                // Nothing is due in this lane any more: its report requests ride with the other lanes' next steps.
                // An agency that never stepped was never reached and sent nothing: its report is empty, and
                // asking for it would cost a round trip per agency of the world.
                finished[lane] = true;
                for (var agency = 0; agency < count; agency++)
                {
                    if (stepped[lane][agency]) Add(agency, AgencyWork.Report(lane));
                }
            }

            if (called.Count == 0) break;

            // Agency order keeps the calls (and any log of them) the same from run to run.
            called.Sort();
            var calls = new Task<IReadOnlyList<AgencyAnswer>>[called.Count];
            for (var i = 0; i < calls.Length; i++)
            {
                calls[i] = cluster.CallAsync(called[i], work[called[i]]!);
                work[called[i]] = null;
            }

            var answers = await Task.WhenAll(calls);

            // A message sent in the window opening at T arrives at or after T + its recipient's lookahead,
            // the recipient's end of this window, so none of them belongs to a window already run.
            for (var i = 0; i < answers.Length; i++)
            {
                var agency = called[i];
                foreach (var answer in answers[i])
                {
                    if (answer.Report is { } report) reports[answer.Lane][agency] = report;
                    if (answer.Outcome is not { } outcome) continue;
                    var schedule = schedules[answer.Lane];
                    schedule.Lower(agency, outcome.NextEventTime);
                    foreach (var message in outcome.Sent) schedule.Post(message);
                }
            }
        }

        var results = new (ReplicationMetrics, ReplicationTrace?)[lanes];
        for (var lane = 0; lane < lanes; lane++)
        {
            var laneReports = new AgencyReport[count];
            for (var agency = 0; agency < count; agency++) laneReports[agency] = reports[lane][agency] ?? plan.EmptyReport(agency, tracing);
            results[lane] = plan.Collect(replications[lane], laneReports, tracing);
        }

        return results;

        void Add(int agency, AgencyWork piece)
        {
            if (work[agency] is not { } list)
            {
                work[agency] = list = [];
                called.Add(agency);
            }

            list.Add(piece);
        }
    }
}
