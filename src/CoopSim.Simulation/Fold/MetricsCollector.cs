using System.Runtime.InteropServices;
using CoopSim.Model.World;
using CoopSim.Simulation.Compiled;
using CoopSim.Simulation.Results;

namespace CoopSim.Simulation.Fold;

/// <summary>Gathers what every agency measured into one replication's metrics, in agency order so the result is partition-independent.</summary>
internal static class MetricsCollector
{
    public static ReplicationMetrics Collect(CompiledWorld world, IReadOnlyList<AgencyReport> states, int replication, long events, int workers = 1)
    {
        var alertCount = world.Alerts.Length;
        // Sized from a counting pass: on a large world the lists hold millions of records, and growing
        // them by doubling would copy each record several times.
        var counts = new int[alertCount];
        foreach (var state in ListSpan.Of(states))
        {
            // By index: a kernel's report holds its agency's own ReachList, which ListSpan would copy.
            var pairs = state.Reached;
            for (var i = 0; i < pairs.Count; i++) counts[pairs[i].Alert]++;
        }

        var reached = new List<ReachRecord>[alertCount];
        var lost = new int[alertCount];
        for (var a = 0; a < alertCount; a++) reached[a] = new List<ReachRecord>(counts[a]);
        var channels = new ChannelCounters[world.Channels.Length];
        foreach (var state in ListSpan.Of(states))
        {
            var pairs = state.Reached;
            for (var i = 0; i < pairs.Count; i++)
            {
                var (alert, record) = pairs[i];
                reached[alert].Add(record);
            }
        }

        CountLossesAndChannels(world, states, lost, channels);

        // Alerts are independent here, so their paths can be summed side by side.
        var alerts = new AlertReplication[alertCount];
        if (workers <= 1 || alertCount < 2)
        {
            var scratch = new PathScratch(world.Agencies.Length);
            for (var a = 0; a < alertCount; a++)
            {
                SumAlongPaths(reached[a], scratch);
                alerts[a] = new AlertReplication(reached[a], lost[a]);
            }
        }
        else
        {
            Parallel.For(0, alertCount, new ParallelOptions { MaxDegreeOfParallelism = workers },
                () => new PathScratch(world.Agencies.Length),
                (a, _, scratch) =>
                {
                    SumAlongPaths(reached[a], scratch);
                    alerts[a] = new AlertReplication(reached[a], lost[a]);
                    return scratch;
                },
                _ => { });
        }

        var subjects = world.Subjects.Select(s => Intercept(world, s, alerts)).ToArray();
        return new ReplicationMetrics(replication, events, alerts, subjects, channels);
    }

    /// <summary>
    /// Folds one replication straight from the agencies' states and the partitions' reach logs, one alert at a time,
    /// into <paramref name="folder"/>: the same records, path sums and subjects <see cref="Collect"/> gives, without a
    /// copy of every record at once (on a large world that copy is as big as the kernel's own state):
    /// <see cref="AlertRegrouper"/> hands over each alert's records in agency order.
    /// </summary>
    public static void Fold(CompiledWorld world, IReadOnlyList<AgencyReport> states, ReachLog[] logs, long events,
        ResultFolder folder, FoldWorkspace? workspace = null, int replication = 0, IReplicationProbe? probe = null)
    {
        // Timed for the run's phases (RunPhases); the clock never touches the result.
        var began = System.Diagnostics.Stopwatch.GetTimestamp();
        workspace ??= new FoldWorkspace(world);
        var (lost, channels) = workspace.Counters();
        CountLossesAndChannels(world, states, lost, channels);
        var lanes = workspace.Lanes;
        var visitors = workspace.Visitors;
        for (var l = 0; l < lanes.Length; l++)
        {
            lanes[l].ClearEarliest();
            visitors[l] = new FoldVisitor(world, folder, workspace.SubjectsOf, lanes[l], lost, replication, probe);
        }

        workspace.Regrouper.ForEachAlert(logs, visitors);

        // The earliest block per stop over every lane's alerts: a minimum, whichever lane folded which alert.
        for (var l = 1; l < lanes.Length; l++) lanes[0].TakeEarlierFrom(lanes[l]);
        var earliest = lanes[0].Earliest;

        var decided = workspace.Decided;
        for (var s = 0; s < decided.Length; s++) decided[s] = Decide(world.Subjects[s], earliest[s], workspace.Leads[s]);
        probe?.ObserveSubjects(replication, decided);
        folder.AddRest(events, decided, channels);
        folder.AddFoldTime(System.Diagnostics.Stopwatch.GetTimestamp() - began);
    }

    /// <summary>
    /// Sums each alert's paths, folds the alert in, and notes its earliest block per subject stop, with the working
    /// space of its lane (<see cref="FoldLane"/>): lanes fold different alerts at once.
    /// </summary>
    internal readonly struct FoldVisitor(CompiledWorld world, ResultFolder folder, List<int>?[] subjectsOf, FoldLane lane, int[] lost,
        int replication, IReplicationProbe? probe) : IAlertRecordsVisitor
    {
        public void Visit(int alert, Span<ReachRecord> records)
        {
            SumAlongPaths(records, lane.Paths);
            // After the sums, so a probe sees the first-delivery paths the fold sees.
            if (probe is not null && probe.ObservesAlert(alert)) probe.ObserveAlert(replication, alert, records);
            folder.AddAlert(alert, records, lost[alert], lane.Scratch);
            if (subjectsOf[alert] is { } subjects)
                foreach (var subject in subjects) Earliest(world, world.Subjects[subject], alert, records, lane.Earliest[subject]);
        }
    }

    /// <summary>Adds each state's lost relays to <paramref name="lost"/> (per alert), and its edge counters and the expiries it received to <paramref name="channels"/>.</summary>
    private static void CountLossesAndChannels(CompiledWorld world, IReadOnlyList<AgencyReport> states, int[] lost, ChannelCounters[] channels)
    {
        var edges = world.Edges;
        foreach (var state in ListSpan.Of(states))
        {
            foreach (var alert in ListSpan.Of(state.LostRelays)) lost[alert]++;
            var counters = ListSpan.Of(state.EdgeCounters);
            for (var e = 0; e < counters.Length; e++)
            {
                var c = counters[e];
                if (c.IsEmpty) continue;
                ref var total = ref channels[edges[state.FirstOutEdge + e].Channel];
                total = new ChannelCounters(total.Messages + c.Messages, total.Lost + c.Lost,
                    total.DroppedByOutage + c.DroppedByOutage, total.Held + c.Held, total.Expired + c.Expired);
            }

            // Expiries are counted by the recipient, per edge it received on.
            foreach (var edge in ListSpan.Of(state.ExpiredEdges)) channels[edges[edge].Channel].Expired++;
        }
    }

    /// <summary>
    /// Turns each record's own hop delays into sums along its first-delivery path, and hashes the path. A record
    /// extends its sender's path when the sender comes before it in act-time order (time, then agency index; a
    /// sender acts strictly before anyone it relays to, transit is never zero), and starts a path otherwise: the
    /// rule of visiting the records in act-time order, without sorting them. Records arrive, and stay, in agency order.
    /// </summary>
    private static void SumAlongPaths(List<ReachRecord> records, PathScratch scratch) => SumAlongPaths(CollectionsMarshal.AsSpan(records), scratch);

    private static void SumAlongPaths(Span<ReachRecord> span, PathScratch scratch)
    {
        scratch.Start(span);
        for (var i = 0; i < span.Length; i++)
        {
            if (scratch.IsSummed(i)) continue;
            // Up the senders to a summed one or a path's start, then sum back down.
            var chain = scratch.Chain;
            for (var j = i; ;)
            {
                chain.Push(j);
                var sender = scratch.SenderOf(span, j);
                if (sender < 0 || scratch.IsSummed(sender)) break;
                j = sender;
            }

            while (chain.TryPop(out var k))
            {
                ref var r = ref span[k];
                var sender = scratch.SenderOf(span, k);
                if (sender < 0) r = r with { PathHash = RootPathHash(r.Agency) };
                else r = r with { Path = span[sender].Path + r.Path, PathHash = ExtendedPathHash(span[sender].PathHash, r.Channel, r.Agency) };
                scratch.MarkSummed(k);
            }
        }
    }

    /// <summary>The hash of a path that starts at <paramref name="agency"/>.</summary>
    internal static ulong RootPathHash(int agency) => Mix(0xCBF29CE484222325UL, (ulong)agency);

    /// <summary>The hash of the path hashed <paramref name="before"/> extended over <paramref name="channel"/> to <paramref name="agency"/>.</summary>
    internal static ulong ExtendedPathHash(ulong before, int channel, int agency) => Mix(Mix(before, (ulong)channel + 0x100000000UL), (ulong)agency);

    private static ulong Mix(ulong h, ulong v)
    {
        h ^= v + 0x9E3779B97F4A7C15UL + (h << 6) + (h >> 2);
        h *= 0xBF58476D1CE4E5B9UL;
        return h ^ (h >> 31);
    }

    /// <summary>The subject is stopped at the first stop where an agency able to block entry could act before the subject arrived.</summary>
    private static SubjectReplication Intercept(CompiledWorld world, CompiledSubject subject, AlertReplication[] alerts)
    {
        var earliest = new long?[subject.StopCountries.Length];
        foreach (var a in subject.Alerts) Earliest(world, subject, a, AlertFold.Span(alerts[a].Reached), earliest);
        return Decide(subject, earliest, new long?[subject.StopCountries.Length]);
    }

    /// <summary>Per stop, the earliest time (since the epoch) an agency there able to block entry could act on <paramref name="alert"/>, if earlier than <paramref name="earliest"/>'s.</summary>
    private static void Earliest(CompiledWorld world, CompiledSubject subject, int alert, ReadOnlySpan<ReachRecord> reached, long?[] earliest)
    {
        var issued = world.Alerts[alert].IssuedAtMs;
        for (var s = 0; s < subject.StopCountries.Length; s++)
        {
            var country = subject.StopCountries[s];
            for (var i = 0; i < reached.Length; i++)
            {
                ref readonly var record = ref reached[i];
                var agency = world.Agencies[record.Agency];
                if (agency.Country != country || agency.International || (agency.Capabilities & Capability.BlockEntry) == 0) continue;
                var at = issued + record.AtMs;
                if (earliest[s] is null || at < earliest[s]) earliest[s] = at;
            }
        }
    }

    /// <summary>The subject's outcome from its stops' <paramref name="earliest"/> block times, its lead times written into <paramref name="leads"/>.</summary>
    private static SubjectReplication Decide(CompiledSubject subject, long?[] earliest, long?[] leads)
    {
        Array.Clear(leads);
        var stoppedAt = -1;
        for (var s = 0; s < subject.StopCountries.Length; s++)
        {
            if (earliest[s] is { } e)
            {
                leads[s] = subject.StopArrivalsMs[s] - e;
                if (stoppedAt < 0 && e < subject.StopArrivalsMs[s]) stoppedAt = s;
            }
        }

        return new SubjectReplication(stoppedAt, leads);
    }
}
