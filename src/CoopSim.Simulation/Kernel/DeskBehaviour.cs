using CoopSim.Simulation.Compiled;
using CoopSim.Simulation.Tracing;

namespace CoopSim.Simulation.Kernel;

/// <summary>
/// A desk with a capacity (docs/model.md, "Capacity and queue"): a copy that is ready (arrived, its office-hours
/// wait over) takes a free officer at once, or waits until one is free; waiting copies are taken by priority,
/// then arrival. The officer is busy for the handling delay; translation and legal review follow without one.
/// The wait is not carried as a delay: the act comes that much later, and the fold reads it as the part of the
/// time to act that no other delay accounts for. No random draw happens here, so the streams are the same as
/// without a capacity.
/// </summary>
internal static class DeskBehaviour
{
    /// <summary>A copy that passed the arrival checks; <paramref name="copy"/> is its act payload (delays drawn).</summary>
    public static void Arrive<TSink>(CompiledWorld world, AgencyState state, long t, in EventPayload copy, ref TSink sink)
        where TSink : IEventSink
    {
        if (copy.Hop.OfficeWait > 0)
        {
            var ready = copy;
            ready.Type = EventType.Ready;
            sink.Emit(new EventKey(t + copy.Hop.OfficeWait, state.Agency, state.Seq++), ready);
            return;
        }

        Enter(world, state, t, copy, ref sink);
    }

    public static void Ready<TSink>(CompiledWorld world, AgencyState state, in EventKey key, in EventPayload p, ref TSink sink)
        where TSink : IEventSink
    {
        // A queue that keeps no trace fields drops the arrival time; the office-hours wait gives it back.
        var copy = p;
        copy.Type = EventType.Act;
        copy.ArrivedAtMs = key.Time - p.Hop.OfficeWait;
        Enter(world, state, key.Time, copy, ref sink);
    }

    public static void Free<TSink>(CompiledWorld world, AgencyState state, in EventKey key, ref TSink sink)
        where TSink : IEventSink
    {
        var desk = state.DeskOf();
        desk.Busy--;
        var capacity = world.Tables.Agencies[state.Agency].Capacity;
        while (desk.Busy < capacity && desk.WaitingCount > 0) Start(world, state, key.Time, desk.Next(), ref sink);
    }

    private static void Enter<TSink>(CompiledWorld world, AgencyState state, long t, in EventPayload copy, ref TSink sink)
        where TSink : IEventSink
    {
        var desk = state.DeskOf();
        if (desk.Busy < world.Tables.Agencies[state.Agency].Capacity) Start(world, state, t, copy, ref sink);
        else desk.Wait(copy, (int)world.Alerts[copy.Alert].Priority);
    }

    /// <summary>An officer takes the copy at <paramref name="t"/>: busy for its handling delay, then it goes on to translation and review.</summary>
    private static void Start<TSink>(CompiledWorld world, AgencyState state, long t, in EventPayload copy, ref TSink sink)
        where TSink : IEventSink
    {
        // A copy of an alert the agency has acted on while this one waited takes no officer.
        if (state.HasActed(copy.Alert))
        {
            // Recorded when it would have been taken, without the delays it never went through: its wait shows.
            AgencyBehaviour.Record(state, copy, copy.ArrivedAtMs, t, copy.Hop with { Queue = 0, Translation = 0, LegalReview = 0 }, HopOutcome.Duplicate);
            return;
        }

        var desk = state.DeskOf();
        desk.Busy++;
        var freeAt = t + copy.Hop.Queue;
        var actAt = freeAt + copy.Hop.Translation + copy.Hop.LegalReview;

        // After the horizon nothing can act, so an officer who finishes later is never needed again.
        if (freeAt <= world.HorizonMs)
        {
            var free = copy;
            free.Type = EventType.Free;
            sink.Emit(new EventKey(freeAt, state.Agency, state.Seq++), free);
        }

        var alert = world.Alerts[copy.Alert];
        if (actAt > alert.ExpiresAtMs)
        {
            state.ExpiredEdges.Add(copy.Edge);
            AgencyBehaviour.Record(state, copy, copy.ArrivedAtMs, actAt, copy.Hop, HopOutcome.Expired);
            return;
        }

        if (actAt > world.HorizonMs)
        {
            AgencyBehaviour.Record(state, copy, copy.ArrivedAtMs, actAt, copy.Hop, HopOutcome.BeyondHorizon);
            return;
        }

        sink.Emit(new EventKey(actAt, state.Agency, state.Seq++), copy);
    }
}
