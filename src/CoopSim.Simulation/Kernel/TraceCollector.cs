using CoopSim.Simulation.Compiled;
using CoopSim.Simulation.Fold;
using CoopSim.Simulation.Results;
using CoopSim.Simulation.Tracing;

namespace CoopSim.Simulation.Kernel;

/// <summary>
/// Turns the kernel's hops into a replication trace with ids numbered in (send time, sender, sequence)
/// order: the same ids whatever the partitioning.
/// </summary>
internal static class TraceCollector
{
    /// <param name="subjects">The replication's subjects as the fold decided them, in world order.</param>
    public static ReplicationTrace Collect(CompiledWorld world, IReadOnlyList<AgencyReport> states, int replication, IReadOnlyList<SubjectReplication> subjects)
    {
        var raw = new List<RawHop>();
        foreach (var state in states)
            if (state.Hops is { } agencyHops) raw.AddRange(agencyHops);
        raw.Sort((a, b) => a.SentAtMs != b.SentAtMs ? a.SentAtMs.CompareTo(b.SentAtMs)
            : a.Sender != b.Sender ? a.Sender.CompareTo(b.Sender)
            : a.Seq.CompareTo(b.Seq));

        var ids = new Dictionary<(int, long), int>(raw.Count);
        for (var i = 0; i < raw.Count; i++) ids[(raw[i].Sender, raw[i].Seq)] = i;
        var hops = new HopRecord[raw.Count];
        for (var i = 0; i < raw.Count; i++)
        {
            var h = raw[i];
            var edge = world.Edges[h.Edge];
            var channel = world.Channels[edge.Channel];
            var alert = world.Alerts[h.Alert];
            var parent = h.ParentSender < 0 ? -1 : ids.GetValueOrDefault((h.ParentSender, h.ParentSeq), -1);
            var first = h.FirstSender < 0 ? -1 : ids.GetValueOrDefault((h.FirstSender, h.FirstSeq), -1);
            hops[i] = new HopRecord(i, parent, first, alert.Id, alert.Kind, alert.Priority,
                world.Agencies[edge.From].Id, world.Agencies[edge.To].Id, channel.Id, channel.Kind,
                h.SentAtMs, h.ArrivedAtMs, h.ActAtMs,
                h.Delays.Held, h.Delays.Transit, h.Delays.OfficeWait, h.Delays.Queue, h.Delays.Translation, h.Delays.LegalReview,
                h.Hops, h.Outcome);
        }

        var issues = world.Alerts.Select(a => new AlertIssue(a.Id, world.Agencies[a.Origin].Id, a.IssuedAtMs)).ToArray();
        return new ReplicationTrace(replication, world.Scenario.Epoch, issues, hops) { Subjects = Subjects(world, subjects) };
    }

    private static SubjectTrace[] Subjects(CompiledWorld world, IReadOnlyList<SubjectReplication> subjects) =>
        world.Subjects.Select((subject, s) => new SubjectTrace(subject.Id, subject.Alerts.Select(a => world.Alerts[a].Id).ToArray(),
            subjects[s].InterceptedAtStop,
            subject.StopCountries.Select((country, stop) => new StopTrace(country >= 0 ? world.CountryCodes[country] : "?",
                subject.StopArrivalsMs[stop], subjects[s].LeadTimesMs[stop])).ToArray())).ToArray();
}
