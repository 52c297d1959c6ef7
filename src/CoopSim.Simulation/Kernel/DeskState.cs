namespace CoopSim.Simulation.Kernel;

/// <summary>
/// An agency's desk when it has a capacity (docs/model.md, "Capacity and queue"): how many officers are handling
/// an alert now, and the copies waiting for one, in the order they will be taken (priority, then arrival, then
/// the order they reached the desk). It lives in the agency's own state, so only the agency's own events touch it.
/// </summary>
internal sealed class DeskState
{
    private readonly PriorityQueue<EventPayload, (int Priority, long ArrivedAtMs, long Order)> _waiting = new();
    private long _order;

    public int Busy;

    public int WaitingCount => _waiting.Count;

    public void Wait(in EventPayload copy, int priority) => _waiting.Enqueue(copy, (priority, copy.ArrivedAtMs, _order++));

    public EventPayload Next() => _waiting.Dequeue();

    public void Clear()
    {
        _waiting.Clear();
        _order = 0;
        Busy = 0;
    }
}
