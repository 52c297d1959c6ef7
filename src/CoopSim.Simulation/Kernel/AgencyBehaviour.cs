using CoopSim.Model;
using CoopSim.Model.Scenario;
using CoopSim.Model.World;
using CoopSim.Simulation.Compiled;
using CoopSim.Simulation.Fold;
using CoopSim.Simulation.Results;
using CoopSim.Simulation.Tracing;

namespace CoopSim.Simulation.Kernel;

/// <summary>
/// What an agency does with an event: the simulation's rules in one place. Every engine (the in-process
/// partitions, the Orleans grains) calls this and nothing else, so they cannot disagree.
/// Random draws come only from the agency's own stream, in the agency's own event order.
/// </summary>
internal static class AgencyBehaviour
{
    public static void Handle<TSink>(CompiledWorld world, AgencyState state, in EventKey key, in EventPayload p, ref TSink sink)
        where TSink : IEventSink
    {
        switch (p.Type)
        {
            case EventType.Issue:
                Issue(world, state, key, p, ref sink);
                break;
            case EventType.Arrive:
                Arrive(world, state, key, p, ref sink);
                break;
            case EventType.Ready:
                DeskBehaviour.Ready(world, state, key, p, ref sink);
                break;
            case EventType.Free:
                DeskBehaviour.Free(world, state, key, ref sink);
                break;
            case EventType.FollowUp:
                Send(world, state, world.Tables.Edges[p.Edge], world.Alerts[p.Alert], key.Time, p.Hops, p.ParentSender, p.ParentSeq, ref sink);
                break;
            default:
                Act(world, state, key, p, ref sink);
                break;
        }
    }

    /// <summary>The issue event of each alert, keyed before any agency's own events at the same instant.</summary>
    public static (EventKey Key, EventPayload Payload) IssueEvent(CompiledAlert alert) => (
        new EventKey(alert.IssuedAtMs, -1, alert.Index),
        new EventPayload
        {
            Type = EventType.Issue,
            Agency = alert.Origin,
            Alert = alert.Index,
            Edge = -1,
            SentAtMs = alert.IssuedAtMs,
            ArrivedAtMs = alert.IssuedAtMs,
            HopSender = -1,
            HopSeq = alert.Index,
            ParentSender = -1,
            ParentSeq = -1,
        });

    private static void Issue<TSink>(CompiledWorld world, AgencyState state, in EventKey key, in EventPayload p, ref TSink sink)
        where TSink : IEventSink
    {
        if (state.HasActed(p.Alert)) return;
        state.MarkActed(p.Alert);
        var alert = world.Alerts[p.Alert];
        sink.Reach(state, p.Alert, new ReachRecord(state.Agency, 0, 0, -1, -1, default, 0));
        state.FirstDelivery?.TryAdd(p.Alert, (-1, p.Alert));
        var agency = world.Agencies[state.Agency];
        var edges = alert.ViaEdges
            ?? (agency.RelayEdges[(int)alert.Kind].Length > 0 ? agency.RelayEdges[(int)alert.Kind] : agency.OutEdges);
        var tables = world.Tables;
        foreach (var e in edges)
        {
            // Channels the alert names are the sender's explicit choice (the loader rejects one leading outside
            // the scope and the origin's country); otherwise the scope decides.
            ref readonly var edge = ref tables.Edges[e];
            if (alert.ViaEdges is null && !InScope(alert, CompiledWorld.ScopeCountryOf(agency), edge)) continue;

            // The origin's first sends are parented on the issue itself (sender -1).
            Send(world, state, edge, alert, key.Time, 1, -1, p.Alert, ref sink);
        }
    }

    private static void Arrive<TSink>(CompiledWorld world, AgencyState state, in EventKey key, in EventPayload p, ref TSink sink)
        where TSink : IEventSink
    {
        var alert = world.Alerts[p.Alert];
        var t = key.Time;
        if (t > alert.ExpiresAtMs)
        {
            state.ExpiredEdges.Add(p.Edge);
            Record(state, p, t, t, p.Hop, HopOutcome.Expired);
            return;
        }

        if (state.HasActed(p.Alert))
        {
            Record(state, p, t, t, p.Hop, HopOutcome.Duplicate);
            return;
        }

        var tables = world.Tables;
        ref readonly var agency = ref tables.Agencies[state.Agency];
        ref readonly var edge = ref tables.Edges[p.Edge];
        ref var random = ref state.Random;
        var samplers = tables.Samplers;
        var officeWait = OfficeHoursWait(agency, samplers, world.EpochUtcMs + t, alert.Priority, ref random);
        var queue = samplers[tables.HandlingSampler(agency, alert.KindPriorityIndex)].Sample(ref random);
        var translation = edge.Translation >= 0 ? samplers[edge.Translation].Sample(ref random) : 0;
        var legal = edge.LegalReview >= 0 ? samplers[edge.LegalReview].Sample(ref random) : 0;
        var hop = p.Hop with { OfficeWait = officeWait, Queue = queue, Translation = translation, LegalReview = legal };
        var actAt = t + officeWait + queue + translation + legal;

        // `expires: 3h` means no action after 3 h: an alert that arrives in time but could only be acted on
        // later is neither acted on nor relayed (the delays are still drawn, so every stream stays aligned).
        // At a desk with a capacity this is the soonest it could act; waiting for an officer only adds to it.
        if (actAt > alert.ExpiresAtMs)
        {
            state.ExpiredEdges.Add(p.Edge);
            Record(state, p, t, actAt, hop, HopOutcome.Expired);
            return;
        }

        if (actAt > world.HorizonMs)
        {
            Record(state, p, t, actAt, hop, HopOutcome.BeyondHorizon);
            return;
        }

        var act = p;
        act.Type = EventType.Act;
        act.ArrivedAtMs = t;
        act.Hop = hop;
        if (agency.Capacity > 0)
        {
            DeskBehaviour.Arrive(world, state, t, act, ref sink);
            return;
        }

        sink.Emit(new EventKey(actAt, state.Agency, state.Seq++), act);
    }

    private static void Act<TSink>(CompiledWorld world, AgencyState state, in EventKey key, in EventPayload p, ref TSink sink)
        where TSink : IEventSink
    {
        var t = key.Time;
        if (state.HasActed(p.Alert))
        {
            Record(state, p, p.ArrivedAtMs, t, p.Hop, HopOutcome.Duplicate);
            return;
        }

        state.MarkActed(p.Alert);
        var alert = world.Alerts[p.Alert];
        var tables = world.Tables;
        ref readonly var edge = ref tables.Edges[p.Edge];
        // The record keeps this hop's delays; the collector sums them along the first-delivery path afterwards.
        sink.Reach(state, p.Alert, new ReachRecord(state.Agency, t - alert.IssuedAtMs, p.Hops, edge.From, edge.Channel, p.Hop, 0));
        state.FirstDelivery?.TryAdd(p.Alert, (p.HopSender, p.HopSeq));
        Record(state, p, p.ArrivedAtMs, t, p.Hop, HopOutcome.Delivered);

        var country = tables.Agencies[state.Agency].Country;
        var sender = edge.From;
        var relays = tables.Relays(state.Agency, (int)alert.Kind);
        var relayList = tables.RelayList;
        for (var i = relays.Start; i < relays.Start + relays.Count; i++)
        {
            // Nobody passes an alert back to the agency it came from.
            ref readonly var next = ref tables.Edges[relayList[i]];
            if (next.To != sender && InScope(alert, country, next))
                Send(world, state, next, alert, t, p.Hops + 1, p.HopSender, p.HopSeq, ref sink);
        }
    }

    /// <summary>
    /// An alert goes to its scope's countries and to the international nodes that pass it on; inside the
    /// origin's country it moves freely, but no one abroad sends it back there unless the scope says so.
    /// An international node counts as no country wherever it is hosted (<paramref name="fromCountry"/> -1), so it
    /// passes alerts only into the scope. Channels kept for a country's own alerts carry nothing else.
    /// </summary>
    private static bool InScope(CompiledAlert alert, int fromCountry, in EdgeRow edge)
    {
        if (edge.OwnAlertsOnly && fromCountry != alert.OriginCountry) return false;
        var country = edge.ScopeCountry;
        return alert.Global || country == -1
            || (country >= 0 && (alert.CountryInScope[country] || country == alert.OriginCountry && fromCountry == country));
    }

    private static void Send<TSink>(CompiledWorld world, AgencyState state, in EdgeRow edge, CompiledAlert alert, long t,
        int hops, int parentSender, long parentSeq, ref TSink sink)
        where TSink : IEventSink
    {
        var seq = state.Seq++;
        ref var counters = ref state.Counters(edge.Index);
        counters.Messages++;
        var payload = new EventPayload
        {
            Type = EventType.Arrive,
            Agency = edge.To,
            Alert = alert.Index,
            Edge = edge.Index,
            Hops = hops,
            SentAtMs = t,
            HopSender = state.Agency,
            HopSeq = seq,
            ParentSender = parentSender,
            ParentSeq = parentSeq,
        };

        long held = 0;
        foreach (var outage in edge.Outages)
        {
            var at = t + held;
            if (at < outage.FromMs || at >= outage.UntilMs) continue;
            if (outage.Mode == OutageMode.Drop)
            {
                counters.DroppedByOutage++;
                state.LostRelays.Add(alert.Index);
                Record(state, payload, -1, -1, default, HopOutcome.DroppedByOutage);
                FollowUpLater(world, state, edge, payload, ref sink);
                return;
            }

            held = outage.UntilMs - t;
        }

        if (held > 0) counters.Held++;
        ref var random = ref state.Random;
        if (edge.Loss > 0 && random.NextDouble() < edge.Loss)
        {
            counters.Lost++;
            state.LostRelays.Add(alert.Index);
            Record(state, payload, -1, -1, new DelayVector(held, 0, 0, 0, 0, 0), HopOutcome.Lost);
            FollowUpLater(world, state, edge, payload, ref sink);
            return;
        }

        var transit = world.Tables.Samplers[edge.Latency].Sample(ref random);
        var arriveAt = t + held + transit;
        payload.Hop = new DelayVector(held, transit, 0, 0, 0, 0);
        if (arriveAt > world.HorizonMs)
        {
            Record(state, payload, arriveAt, arriveAt, payload.Hop, HopOutcome.BeyondHorizon);
            return;
        }

        sink.Emit(new EventKey(arriveAt, state.Agency, seq), payload);
    }

    /// <summary>
    /// A message that never arrived, on a channel with a follow-up (docs/model.md, "Channel"): the sender hears
    /// nothing back and sends it again the follow-up delay after this send, unless it already did so as many times as
    /// the channel allows or that time is past the horizon. An event of the sender's own, like a desk's, so it
    /// needs no lookahead; no draw happens here. Without a follow-up nothing is scheduled and nothing changes.
    /// </summary>
    private static void FollowUpLater<TSink>(CompiledWorld world, AgencyState state, in EdgeRow edge, in EventPayload sent, ref TSink sink)
        where TSink : IEventSink
    {
        // Read from the compiled edge, not the hot edge row: only a message that never arrived gets here.
        if (world.Edges[edge.Index].FollowUp is not { } followUp) return;
        var at = sent.SentAtMs + followUp.After.Milliseconds;
        if (at > world.HorizonMs || !state.TakeFollowUp(sent.Alert, edge.Index, followUp.Tries)) return;
        var again = sent;
        again.Type = EventType.FollowUp;
        again.Agency = state.Agency;
        sink.Emit(new EventKey(at, state.Agency, state.Seq++), again);
    }

    /// <summary>
    /// Milliseconds until someone at the agency can pick the alert up, arriving at <paramref name="utcMs"/>
    /// (docs/model.md, "Office hours"). Routine items wait for the next opening in local time; urgent ones wait
    /// the sooner of a duty officer (the duty delay) and the opening. A shift opens on each working day at
    /// <c>OpensMs</c> and lasts until <c>ClosesMs</c>, the next day when it closes at or before it opens
    /// (a night desk, 22:00–06:00): the shift belongs to the day it opens.
    /// </summary>
    public static long OfficeHoursWait(in AgencyRow agency, DelaySampler[] samplers, long utcMs, Priority priority, ref SimRandom random)
    {
        if (agency.AlwaysOpen) return 0;
        var local = utcMs + agency.UtcOffsetMs;
        var day = Math.DivRem(local, Duration.MillisecondsPerDay, out var msOfDay);
        if (msOfDay < 0)
        {
            msOfDay += Duration.MillisecondsPerDay;
            day--;
        }

        // 1970-01-01 was a Thursday.
        var dow = (int)(((day + 4) % 7 + 7) % 7);
        var workday = (agency.WeekendMask & 1 << dow) == 0;
        var overnight = agency.ClosesMs <= agency.OpensMs;
        var yesterdayWorked = (agency.WeekendMask & 1 << ((dow + 6) % 7)) == 0;
        var open = overnight
            ? (workday && msOfDay >= agency.OpensMs) || (yesterdayWorked && msOfDay < agency.ClosesMs)
            : workday && msOfDay >= agency.OpensMs && msOfDay < agency.ClosesMs;
        if (open) return 0;

        // The duty delay is drawn for every urgent item at a closed office, so the stream stays aligned
        // whichever of the two comes first.
        var duty = priority == Priority.Urgent ? samplers[agency.UrgentDuty].Sample(ref random) : long.MaxValue;
        return Math.Min(duty, UntilOpening(agency, msOfDay, dow, workday));
    }

    /// <summary>Milliseconds from <paramref name="msOfDay"/> (local, on weekday <paramref name="dow"/>) to the next shift's opening.</summary>
    private static long UntilOpening(in AgencyRow agency, long msOfDay, int dow, bool workday)
    {
        if (workday && msOfDay < agency.OpensMs) return agency.OpensMs - msOfDay;
        for (var d = 1; d <= 7; d++)
        {
            if ((agency.WeekendMask & 1 << ((dow + d) % 7)) == 0)
                return d * Duration.MillisecondsPerDay - msOfDay + agency.OpensMs;
        }

        // Every day a weekend: the office never opens (the loader rejects such a country).
        return long.MaxValue / 4;
    }

    internal static void Record(AgencyState state, in EventPayload p, long arrivedAt, long actAt, DelayVector hop, HopOutcome outcome)
    {
        if (state.Hops is null) return;
        var first = (Sender: -2, Seq: -1L);
        if (outcome == HopOutcome.Duplicate && state.FirstDelivery is { } firsts && firsts.TryGetValue(p.Alert, out var f)) first = f;
        state.Hops.Add(new RawHop(p.HopSender, p.HopSeq, p.ParentSender, p.ParentSeq, first.Sender, first.Seq,
            p.Alert, p.Edge, p.SentAtMs, arrivedAt, actAt, hop, p.Hops, outcome));
    }
}
