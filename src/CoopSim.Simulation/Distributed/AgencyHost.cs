using CoopSim.Simulation.Fold;
using CoopSim.Simulation.Kernel;
using CoopSim.Simulation.Results;

namespace CoopSim.Simulation.Distributed;

/// <summary>
/// One agency as a logical process with its own queue (docs/architecture.md, "The kernel"): what an Orleans grain wraps. It runs
/// the same <c>AgencyBehaviour</c> as the in-process kernel and keeps events for itself on its own queue,
/// so it sees its events in the same total order whatever hosts the other agencies.
/// </summary>
public sealed class AgencyHost : IEventSink
{
    private readonly SimulationPlan _plan;
    private readonly AgencyState _state;
    private readonly EventQueue _queue = new();
    private readonly List<AgencyMessage> _outgoing = [];
    private long _events;

    public AgencyHost(SimulationPlan plan, int agency)
    {
        _plan = plan;
        Agency = agency;
        var (first, count) = plan.OutEdgeRange(agency);
        _state = new AgencyState(agency, plan.World.Alerts.Length, count, first);
    }

    public int Agency { get; }

    /// <summary>Time of the next event on this agency's queue; <see cref="long.MaxValue"/> when idle.</summary>
    public long NextEventTime => _queue.MinTime;

    public void Reset(ulong seed, int replication, bool tracing)
    {
        _state.Reset(seed, replication, _plan.World.Agencies[Agency].Id, tracing);
        _queue.Clear();
        _outgoing.Clear();
        _events = 0;
    }

    public void Enqueue(in AgencyMessage message)
    {
        if (message.Recipient != Agency) throw new ArgumentException($"message for agency {message.Recipient} delivered to {Agency}");
        _queue.Push(message.Key, message.Payload);
    }

    /// <summary>Processes every event before <paramref name="windowEnd"/>; returns the messages for other agencies.</summary>
    public IReadOnlyList<AgencyMessage> RunUntil(long windowEnd)
    {
        _outgoing.Clear();
        var self = this;
        while (_queue.Count > 0 && _queue.MinTime < windowEnd)
        {
            _queue.Pop(out var key, out var payload);
            _events++;
            AgencyBehaviour.Handle(_plan.World, _state, key, payload, ref self);
        }

        return _outgoing.ToArray();
    }

    public AgencyReport Report() => new(Agency, _state.FirstOutEdge, _events, _state.Reached.ToArray(), _state.LostRelays.ToArray(),
        CountedEdges(_state.EdgeCounters), _state.Hops?.ToArray(), _state.ExpiredEdges.ToArray());

    /// <summary>
    /// The out-edges' counters up to the last that counted something (<see cref="AgencyReport.EdgeCounters"/>): most
    /// agencies use few of their channels in a replication, and a report travels, and is copied, once a replication.
    /// </summary>
    private static ChannelCounters[] CountedEdges(ReadOnlySpan<ChannelCounters> counters)
    {
        var used = counters.Length;
        while (used > 0 && counters[used - 1].IsEmpty) used--;
        return used == 0 ? [] : counters[..used].ToArray();
    }

    void IEventSink.Emit(in EventKey key, in EventPayload payload)
    {
        if (payload.Agency == Agency) _queue.Push(key, payload);
        else _outgoing.Add(new AgencyMessage(key, payload));
    }

    void IEventSink.Reach(AgencyState state, int alert, in Results.ReachRecord record) => state.Reached.Add((alert, record));
}
