namespace CoopSim.Simulation.Kernel;

/// <summary>
/// A binary min-heap of event keys with pooled payloads. Hand-written rather than PriorityQueue so the
/// comparison inlines and payloads are never copied during sifts.
/// </summary>
internal sealed class EventHeap
{
    private EventKey[] _keys = new EventKey[256];
    private int[] _slots = new int[256];
    private EventPayload[] _payloads = new EventPayload[256];
    private int[] _free = new int[256];
    private int _freeCount;
    private int _payloadCount;

    public int Count { get; private set; }

    public long MinTime => Count > 0 ? _keys[0].Time : long.MaxValue;

    public void Clear()
    {
        Count = 0;
        _freeCount = 0;
        _payloadCount = 0;
    }

    public void Push(in EventKey key, in EventPayload payload)
    {
        int slot;
        if (_freeCount > 0)
        {
            slot = _free[--_freeCount];
        }
        else
        {
            if (_payloadCount == _payloads.Length) Array.Resize(ref _payloads, _payloads.Length * 2);
            slot = _payloadCount++;
        }

        _payloads[slot] = payload;
        if (Count == _keys.Length)
        {
            Array.Resize(ref _keys, Count * 2);
            Array.Resize(ref _slots, Count * 2);
        }

        var i = Count++;
        while (i > 0)
        {
            var parent = (i - 1) >> 1;
            if (!key.Precedes(_keys[parent])) break;
            _keys[i] = _keys[parent];
            _slots[i] = _slots[parent];
            i = parent;
        }

        _keys[i] = key;
        _slots[i] = slot;
    }

    /// <summary>Removes the first event; its payload stays valid until the next push.</summary>
    public ref EventPayload Pop(out EventKey key)
    {
        key = _keys[0];
        var slot = _slots[0];
        var last = --Count;
        if (last > 0)
        {
            var moving = _keys[last];
            var movingSlot = _slots[last];
            var i = 0;
            while (true)
            {
                var child = 2 * i + 1;
                if (child >= last) break;
                if (child + 1 < last && _keys[child + 1].Precedes(_keys[child])) child++;
                if (!_keys[child].Precedes(moving)) break;
                _keys[i] = _keys[child];
                _slots[i] = _slots[child];
                i = child;
            }

            _keys[i] = moving;
            _slots[i] = movingSlot;
        }

        if (_freeCount == _free.Length) Array.Resize(ref _free, _free.Length * 2);
        _free[_freeCount++] = slot;
        return ref _payloads[slot];
    }
}
