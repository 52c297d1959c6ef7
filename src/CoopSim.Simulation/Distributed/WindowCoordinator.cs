using CoopSim.Simulation.Fold;
using CoopSim.Simulation.Results;
using CoopSim.Simulation.Tracing;

namespace CoopSim.Simulation.Distributed;

/// <summary>
/// Drives replications over agencies hosted anywhere, with the conservative windows of docs/architecture.md, "The kernel":
/// T = the earliest time any agency has something due (its own next event, or a message waiting for it);
/// every agency with something due before T + its own lookahead (the fastest channel into it) steps once,
/// receiving the messages batched for it;
/// what they send is held here, per destination, until that destination is due. Agencies with nothing due
/// are never called (not even to reset them), and the coordinator's own work per window grows with the agencies that step, not
/// with the size of the world.
/// <para>
/// Several replications may run side by side, one per lane, each with its own windows: a round opens the
/// next window in every lane, and an agency due in several lanes gets all of it in one call, together with
/// its reports for lanes whose replication just ended; when every lane is done, the next wave starts. A replication sees exactly the windows it would see alone, so its result is the same; only
/// the number of round trips falls, which is what a grain call costs.
/// </para>
/// </summary>
public sealed class WindowCoordinator(SimulationPlan plan, IAgencyCluster cluster)
{
    public async Task<(ReplicationMetrics Metrics, ReplicationTrace? Trace)> RunReplicationAsync(
        ulong seed, int replication, bool tracing, CancellationToken cancellationToken = default)
    {
        var run = (await RunReplicationsAsync(seed, [replication], 1, tracing, cancellationToken))[0];
        return (run.Metrics, run.Trace);
    }

    /// <summary>Runs <paramref name="replications"/> through <paramref name="lanes"/> lanes; results in the order of <paramref name="replications"/>.</summary>
    public async Task<IReadOnlyList<WindowedReplication>> RunReplicationsAsync(
        ulong seed, IReadOnlyList<int> replications, int lanes, bool tracing, CancellationToken cancellationToken = default)
    {
        var count = plan.AgencyCount;
        cluster.Begin(seed, tracing);
        var issues = plan.IssueMessages();
        var results = new WindowedReplication[replications.Count];
        var lane = new CoordinatorLane[Math.Clamp(lanes, 1, Math.Max(1, replications.Count))];
        for (var l = 0; l < lane.Length; l++) lane[l] = new CoordinatorLane(plan.IncomingLookaheadMs);
        var next = 0;

        var work = new List<AgencyWork>?[count];
        var called = new List<int>();
        var stepping = new List<(int Agency, long End)>();
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            called.Clear();

            // Lanes start together, in waves: replications of one scenario at the same window index mostly
            // have the same agencies due, so their work shares calls; a lane refilled as soon as it is free
            // would drift out of step (measured on the starter: 6.2 calls per replication with 8 lanes
            // refilled one by one, 3.2 in waves).
            if (Array.TrueForAll(lane, l => l.Position < 0))
            {
                foreach (var idle in lane)
                {
                    if (next == replications.Count) break;
                    idle.Assign(next++, issues);
                }
            }

            for (var l = 0; l < lane.Length; l++)
            {
                var current = lane[l];
                while (current.Position >= 0)
                {
                    if (current.Reporting) break;
                    var replication = replications[current.Position];
                    if (current.Schedule.TryNextWindow(stepping))
                    {
                        foreach (var (agency, windowEnd) in stepping)
                        {
                            var kind = current.Step(agency) ? AgencyWorkKind.Start : AgencyWorkKind.Step;
                            Add(agency, new AgencyWork(l, replication, kind, current.Schedule.TakeInbox(agency), windowEnd));
                        }

                        break;
                    }

                    // Nothing is due any more: the reports ride with the other lanes' next steps. An agency
                    // that never stepped was never reached and sent nothing: its report is empty, and asking
                    // for it would cost a round trip per agency of the world.
                    current.Reporting = true;
                    foreach (var agency in current.SteppedAgencies) Add(agency, AgencyWork.Report(l, replication));
                    if (current.SteppedAgencies.Count == 0) Finish(current);
                }
            }

            if (called.Count == 0)
            {
                if (next == replications.Count) break;
                continue;
            }

            // Agency order keeps the calls (and any log of them) the same from run to run.
            called.Sort();
            var calls = new Task<IReadOnlyList<AgencyAnswer>>[called.Count];
            for (var i = 0; i < calls.Length; i++) calls[i] = cluster.CallAsync(called[i], work[called[i]]!);
            var answers = await Task.WhenAll(calls);

            // Every call is over, so its list is the coordinator's again: one list per agency for the whole
            // run instead of one per call (a large world makes millions of calls).
            foreach (var agency in called)
            {
                var pieces = work[agency]!;
                foreach (var piece in pieces) lane[piece.Lane].Schedule.Return(piece.Inbox);
                pieces.Clear();
            }

            // A message sent in the window opening at T arrives at or after T + its recipient's lookahead,
            // the recipient's end of this window, so none of them belongs to a window already run.
            for (var i = 0; i < answers.Length; i++)
            {
                var agency = called[i];
                foreach (var answer in answers[i])
                {
                    var current = lane[answer.Lane];
                    if (answer.Report is { } report) current.Reports.Add(report);
                    if (answer.Outcome is not { } outcome) continue;
                    current.Schedule.Lower(agency, outcome.NextEventTime);
                    foreach (var message in ListSpan.Of(outcome.Sent)) current.Schedule.Post(message);
                }
            }

            // Every report asked for in a round comes back in that round.
            foreach (var current in lane)
            {
                if (current.Position >= 0 && current.Reporting) Finish(current);
            }
        }

        return results;

        void Add(int agency, AgencyWork piece)
        {
            var list = work[agency] ??= [];
            if (list.Count == 0) called.Add(agency);
            list.Add(piece);
        }

        // Only the agencies that stepped report: one that never stepped has no records, counts or hops, so it adds
        // nothing to the metrics or the trace (a world's worth of empty reports a replication had been a third of
        // what a run on agency grains allocated).
        void Finish(CoordinatorLane current)
        {
            var stepped = current.Reports.ToArray();
            var (metrics, trace) = plan.Collect(replications[current.Position], stepped, tracing);
            results[current.Position] = new WindowedReplication(metrics, trace, stepped);
            current.Release();
        }
    }
}
