namespace CoopSim.Simulation.Distributed;

/// <summary>
/// The coordinator's view of who has something due when: each agency's earliest due time (its own next
/// event or a message held for it) on a heap with lazy deletion, and the messages held per agency.
/// </summary>
internal sealed class DueSchedule
{
    private static readonly AgencyMessage[] NoMessages = [];
    private readonly long[] _due;
    private readonly List<AgencyMessage>?[] _inbox;
    private readonly PriorityQueue<int, long> _heap = new();

    public DueSchedule(int agencies)
    {
        _due = new long[agencies];
        Array.Fill(_due, long.MaxValue);
        _inbox = new List<AgencyMessage>?[agencies];
    }

    public void Post(in AgencyMessage message)
    {
        (_inbox[message.Recipient] ??= []).Add(message);
        Lower(message.Recipient, message.Key.Time);
    }

    /// <summary>Notes that <paramref name="agency"/> has something due at <paramref name="time"/> (if earlier than what it had).</summary>
    public void Lower(int agency, long time)
    {
        if (time >= _due[agency]) return;
        _due[agency] = time;
        _heap.Enqueue(agency, time);
    }

    /// <summary>
    /// Opens the next window [T, T + lookahead) and fills <paramref name="stepping"/> with every agency due
    /// in it, in agency order; false when nothing is due any more.
    /// </summary>
    public bool TryNextWindow(long lookahead, List<int> stepping, out long windowEnd)
    {
        stepping.Clear();
        windowEnd = long.MaxValue;
        while (_heap.TryPeek(out var agency, out var time))
        {
            if (_due[agency] == time) break;
            _heap.Dequeue(); // superseded by an earlier time, or already stepped
        }

        if (!_heap.TryPeek(out _, out var earliest)) return false;
        windowEnd = earliest > long.MaxValue - lookahead ? long.MaxValue : earliest + lookahead;
        while (_heap.TryPeek(out var agency, out var time) && time < windowEnd)
        {
            _heap.Dequeue();
            if (_due[agency] != time) continue;
            _due[agency] = long.MaxValue;
            stepping.Add(agency);
        }

        // Agency order keeps the calls (and any log of them) the same from run to run.
        stepping.Sort();
        return true;
    }

    public IReadOnlyList<AgencyMessage> TakeInbox(int agency)
    {
        var inbox = _inbox[agency];
        _inbox[agency] = null;
        return inbox ?? (IReadOnlyList<AgencyMessage>)NoMessages;
    }
}
