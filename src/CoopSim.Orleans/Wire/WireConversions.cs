using CoopSim.Simulation.Distributed;
using CoopSim.Simulation.Fold;
using CoopSim.Simulation.Kernel;
using CoopSim.Simulation.Results;
using CoopSim.Simulation.Tracing;

namespace CoopSim.Orleans.Wire;

/// <summary>
/// Field-for-field copies between the kernel's types and their wire records. Nothing is computed here:
/// the results must come back bit for bit as the kernel produced them.
/// </summary>
public static class WireConversions
{
    public static WireDelay ToWire(this DelayVector d) => new()
    {
        Held = d.Held, Transit = d.Transit, OfficeWait = d.OfficeWait, Queue = d.Queue, Translation = d.Translation, LegalReview = d.LegalReview,
    };

    public static DelayVector FromWire(this WireDelay d) => new(d.Held, d.Transit, d.OfficeWait, d.Queue, d.Translation, d.LegalReview);

    public static WireMessage ToWire(this AgencyMessage m) => new()
    {
        Time = m.Key.Time, Sender = m.Key.Sender, Seq = m.Key.Seq,
        Type = (byte)m.Payload.Type, Agency = m.Payload.Agency, Alert = m.Payload.Alert, Edge = m.Payload.Edge, Hops = m.Payload.Hops,
        SentAtMs = m.Payload.SentAtMs, ArrivedAtMs = m.Payload.ArrivedAtMs, Hop = m.Payload.Hop.ToWire(),
        HopSender = m.Payload.HopSender, HopSeq = m.Payload.HopSeq, ParentSender = m.Payload.ParentSender, ParentSeq = m.Payload.ParentSeq,
    };

    public static AgencyMessage FromWire(this WireMessage m) => new(
        new EventKey(m.Time, m.Sender, m.Seq),
        new EventPayload
        {
            Type = (EventType)m.Type, Agency = m.Agency, Alert = m.Alert, Edge = m.Edge, Hops = m.Hops,
            SentAtMs = m.SentAtMs, ArrivedAtMs = m.ArrivedAtMs, Hop = m.Hop.FromWire(),
            HopSender = m.HopSender, HopSeq = m.HopSeq, ParentSender = m.ParentSender, ParentSeq = m.ParentSeq,
        });

    public static WireReach ToWire(this ReachRecord r) => new()
    {
        Agency = r.Agency, AtMs = r.AtMs, Hops = r.Hops, FromAgency = r.FromAgency, Channel = r.Channel, Path = r.Path.ToWire(), PathHash = r.PathHash,
    };

    public static ReachRecord FromWire(this WireReach r) => new(r.Agency, r.AtMs, r.Hops, r.FromAgency, r.Channel, r.Path.FromWire(), r.PathHash);

    public static WireCounters ToWire(this ChannelCounters c) => new() { Messages = c.Messages, Lost = c.Lost, DroppedByOutage = c.DroppedByOutage, Held = c.Held, Expired = c.Expired };

    public static ChannelCounters FromWire(this WireCounters c) => new(c.Messages, c.Lost, c.DroppedByOutage, c.Held, c.Expired);

    public static WireHop ToWire(this RawHop h) => new()
    {
        Sender = h.Sender, Seq = h.Seq, ParentSender = h.ParentSender, ParentSeq = h.ParentSeq, FirstSender = h.FirstSender, FirstSeq = h.FirstSeq,
        Alert = h.Alert, Edge = h.Edge, SentAtMs = h.SentAtMs, ArrivedAtMs = h.ArrivedAtMs, ActAtMs = h.ActAtMs, Delays = h.Delays.ToWire(),
        Hops = h.Hops, Outcome = (int)h.Outcome,
    };

    public static RawHop FromWire(this WireHop h) => new(h.Sender, h.Seq, h.ParentSender, h.ParentSeq, h.FirstSender, h.FirstSeq, h.Alert, h.Edge,
        h.SentAtMs, h.ArrivedAtMs, h.ActAtMs, h.Delays.FromWire(), h.Hops, (HopOutcome)h.Outcome);

    public static WireAgencyReport ToWire(this AgencyReport r) => new()
    {
        Agency = r.Agency, FirstOutEdge = r.FirstOutEdge, Events = r.Events,
        Reached = r.Reached.Select(x => new WireAlertReach { Alert = x.Alert, Record = x.Record.ToWire() }).ToArray(),
        LostRelays = r.LostRelays.ToArray(),
        EdgeCounters = r.EdgeCounters.Select(ToWire).ToArray(),
        Hops = r.Hops?.Select(ToWire).ToArray(),
        ExpiredEdges = r.ExpiredEdges.ToArray(),
    };

    public static AgencyReport FromWire(this WireAgencyReport r) => new(r.Agency, r.FirstOutEdge, r.Events,
        r.Reached.Select(x => (x.Alert, x.Record.FromWire())).ToArray(), r.LostRelays,
        r.EdgeCounters.Select(FromWire).ToArray(), r.Hops?.Select(FromWire).ToArray(), r.ExpiredEdges);

    public static WireWindowOutcome ToWire(this WindowOutcome o) => new() { Sent = o.Sent.Select(ToWire).ToArray(), NextEventTime = o.NextEventTime };

    public static WindowOutcome FromWire(this WireWindowOutcome o) => new(o.Sent.Select(FromWire).ToArray(), o.NextEventTime);

    public static WireReplicationMetrics ToWire(this ReplicationMetrics m) => new()
    {
        Replication = m.Replication, Events = m.Events,
        Alerts = m.Alerts.Select(a => new WireAlertReplication { Reached = a.Reached.Select(ToWire).ToArray(), LostRelays = a.LostRelays }).ToArray(),
        Subjects = m.Subjects.Select(s => new WireSubjectReplication { InterceptedAtStop = s.InterceptedAtStop, LeadTimesMs = s.LeadTimesMs.ToArray() }).ToArray(),
        Channels = m.Channels.Select(ToWire).ToArray(),
    };

    public static ReplicationMetrics FromWire(this WireReplicationMetrics m) => new(m.Replication, m.Events,
        m.Alerts.Select(a => new AlertReplication(a.Reached.Select(FromWire).ToArray(), a.LostRelays)).ToArray(),
        m.Subjects.Select(s => new SubjectReplication(s.InterceptedAtStop, s.LeadTimesMs)).ToArray(),
        m.Channels.Select(FromWire).ToArray());
}
