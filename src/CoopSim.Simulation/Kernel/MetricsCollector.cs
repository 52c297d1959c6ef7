using CoopSim.Model.World;
using CoopSim.Simulation.Distributed;
using CoopSim.Simulation.Results;

namespace CoopSim.Simulation.Kernel;

/// <summary>Gathers what every agency measured into one replication's metrics, in agency order so the result is partition-independent.</summary>
internal static class MetricsCollector
{
    public static ReplicationMetrics Collect(CompiledWorld world, IReadOnlyList<AgencyReport> states, int replication, long events)
    {
        var alertCount = world.Alerts.Length;
        var reached = new List<ReachRecord>[alertCount];
        var lost = new int[alertCount];
        for (var a = 0; a < alertCount; a++) reached[a] = [];
        var channels = new ChannelCounters[world.Channels.Length];
        foreach (var state in states)
        {
            foreach (var (alert, record) in state.Reached) reached[alert].Add(record);
            foreach (var alert in state.LostRelays) lost[alert]++;
            for (var e = 0; e < state.EdgeCounters.Count; e++)
            {
                var c = state.EdgeCounters[e];
                ref var total = ref channels[world.Edges[state.FirstOutEdge + e].Channel];
                total = new ChannelCounters(total.Messages + c.Messages, total.Lost + c.Lost,
                    total.DroppedByOutage + c.DroppedByOutage, total.Held + c.Held);
            }
        }

        var alerts = new AlertReplication[alertCount];
        for (var a = 0; a < alertCount; a++) alerts[a] = new AlertReplication(reached[a], lost[a]);
        var subjects = world.Subjects.Select(s => Intercept(world, s, alerts)).ToArray();
        return new ReplicationMetrics(replication, events, alerts, subjects, channels);
    }

    /// <summary>The subject is stopped at the first stop where an agency able to block entry could act before the subject arrived.</summary>
    private static SubjectReplication Intercept(CompiledWorld world, CompiledSubject subject, AlertReplication[] alerts)
    {
        var leads = new long?[subject.StopCountries.Length];
        var stoppedAt = -1;
        for (var s = 0; s < subject.StopCountries.Length; s++)
        {
            var country = subject.StopCountries[s];
            long? earliest = null;
            foreach (var a in subject.Alerts)
            {
                var issued = world.Alerts[a].IssuedAtMs;
                foreach (var record in alerts[a].Reached)
                {
                    var agency = world.Agencies[record.Agency];
                    if (agency.Country != country || agency.International || (agency.Capabilities & Capability.BlockEntry) == 0) continue;
                    var at = issued + record.AtMs;
                    if (earliest is null || at < earliest) earliest = at;
                }
            }

            if (earliest is { } e)
            {
                leads[s] = subject.StopArrivalsMs[s] - e;
                if (stoppedAt < 0 && e < subject.StopArrivalsMs[s]) stoppedAt = s;
            }
        }

        return new SubjectReplication(stoppedAt, leads);
    }
}
