namespace CoopSim.Simulation.Distributed;

/// <summary>
/// The coordinator's view of who has something due when: each agency's earliest due time (its own next
/// event or a message held for it) on a heap with lazy deletion, and the messages held per agency. A lane keeps one
/// schedule for all its replications (<see cref="Clear"/>), and the inboxes it hands out come back to it once their
/// agencies have taken them in (<see cref="Return"/>): on agency grains, a new schedule and new inbox lists per
/// replication were a third of what a run allocated.
/// </summary>
internal sealed class DueSchedule
{
    private static readonly AgencyMessage[] NoMessages = [];
    private readonly long[] _due;
    private readonly List<AgencyMessage>?[] _inbox;
    private readonly PriorityQueue<int, long> _heap = new();
    private readonly PriorityQueue<int, long> _byLatestStart = new();
    private readonly IReadOnlyList<long> _lookahead;

    /// <summary>Agencies whose due time was set since the last <see cref="Clear"/> (some more than once).</summary>
    private readonly List<int> _lowered = [];

    private readonly Stack<List<AgencyMessage>> _spareInboxes = new();

    /// <summary>A schedule whose windows end per agency: at T + <paramref name="lookahead"/>[agency] (SimulationPlan.IncomingLookaheadMs).</summary>
    public DueSchedule(IReadOnlyList<long> lookahead)
    {
        _lookahead = lookahead;
        var agencies = lookahead.Count;
        _due = new long[agencies];
        Array.Fill(_due, long.MaxValue);
        _inbox = new List<AgencyMessage>?[agencies];
    }

    public void Post(in AgencyMessage message)
    {
        (_inbox[message.Recipient] ??= _spareInboxes.TryPop(out var spare) ? spare : []).Add(message);
        Lower(message.Recipient, message.Key.Time);
    }

    /// <summary>Notes that <paramref name="agency"/> has something due at <paramref name="time"/> (if earlier than what it had).</summary>
    public void Lower(int agency, long time)
    {
        if (time >= _due[agency]) return;
        _due[agency] = time;
        _lowered.Add(agency);
        _heap.Enqueue(agency, time);
        // Agency j steps in the window opening at T when due_j < T + lookahead_j, i.e. due_j - lookahead_j < T.
        _byLatestStart.Enqueue(agency, time - _lookahead[agency]);
    }

    /// <summary>
    /// Opens the next window at T, the earliest due time anywhere, and fills <paramref name="stepping"/>
    /// with every agency due before its own end T + lookahead[agency], in agency order, with that end;
    /// false when nothing is due any more.
    /// </summary>
    public bool TryNextWindow(List<(int Agency, long End)> stepping)
    {
        stepping.Clear();
        if (!TryEarliest(out var earliest)) return false;
        var lookahead = _lookahead;
        while (_byLatestStart.TryPeek(out var agency, out var start) && start < earliest)
        {
            _byLatestStart.Dequeue();
            var due = _due[agency];
            if (due == long.MaxValue || due - lookahead[agency] != start) continue; // superseded, or already stepped
            _due[agency] = long.MaxValue;
            stepping.Add((agency, earliest > long.MaxValue - lookahead[agency] ? long.MaxValue : earliest + lookahead[agency]));
        }

        // Agency order keeps the calls (and any log of them) the same from run to run.
        stepping.Sort();
        return true;
    }

    private bool TryEarliest(out long earliest)
    {
        while (_heap.TryPeek(out var agency, out var time))
        {
            if (_due[agency] == time) break;
            _heap.Dequeue(); // superseded by an earlier time, or already stepped
        }

        return _heap.TryPeek(out _, out earliest);
    }

    public IReadOnlyList<AgencyMessage> TakeInbox(int agency)
    {
        var inbox = _inbox[agency];
        _inbox[agency] = null;
        return inbox ?? (IReadOnlyList<AgencyMessage>)NoMessages;
    }

    /// <summary>
    /// An inbox <see cref="TakeInbox"/> handed out, once its agency has taken the messages in (its call answered): the
    /// list is emptied and posted into again.
    /// </summary>
    public void Return(IReadOnlyList<AgencyMessage> inbox)
    {
        if (inbox is not List<AgencyMessage> list) return;
        list.Clear();
        _spareInboxes.Push(list);
    }

    /// <summary>Nothing due and nothing held, as new: the lane's next replication starts from here.</summary>
    public void Clear()
    {
        foreach (var agency in _lowered)
        {
            _due[agency] = long.MaxValue;
            if (_inbox[agency] is { } held) Return(held);
            _inbox[agency] = null;
        }

        _lowered.Clear();
        _heap.Clear();
        _byLatestStart.Clear();
    }
}
