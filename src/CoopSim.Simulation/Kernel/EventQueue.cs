using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace CoopSim.Simulation.Kernel;

/// <summary>
/// The kernel's event queue: a radix heap on time, in base 16, with a small binary heap for events at the
/// current instant. It relies on the kernel never scheduling into the past (every event is pushed at or after the
/// last one popped), which conservative windows guarantee, and makes push and pop amortised O(1) where a
/// binary heap pays a cache miss per level (measured: see README, "Performance").
/// Events at equal times come out in (sender, sequence) order, so the order is exactly <see cref="EventKey"/>'s.
/// Base 16 rather than 2: a node is filed by its highest hexadecimal digit that differs from the current time,
/// and by that digit, so it moves down at most one of 16 levels per move instead of one of 64 bits, which more
/// than halved the time spent moving nodes between buckets on the 10,000-agency world (measured with perf).
/// Nodes are 24 bytes (time, packed sender and sequence, payload slot): the radix heap moves nodes between
/// buckets, and payloads (larger) stay in their slot until the event has been handled. A slot holds what the
/// rules read (64 bytes, <see cref="QueuedPayload"/>); the fields only traces read are kept in a second table,
/// and only while <see cref="KeepsTraceFields"/>: a payload slot is a random line per event, and the 120-byte
/// payload spanned two or three of them (measured with perf: its loads and stores were among the loop's largest stalls).
/// </summary>
internal sealed class EventQueue
{
    private const int DigitBits = 4;
    private const int Digits = 1 << DigitBits;
    private const int BucketCount = 64 / DigitBits * Digits;
    private readonly Node[][] _buckets = new Node[BucketCount][];
    private readonly int[] _bucketSizes = new int[BucketCount];

    /// <summary>Each bucket array's length, kept here so that an append does not read a far-away array header.</summary>
    private readonly int[] _bucketCapacities = new int[BucketCount];
    private readonly ulong[] _bucketMins = new ulong[BucketCount];
    private readonly int[] _bucketMinSlots = new int[BucketCount];
    private readonly int[] _bucketMinAgencies = new int[BucketCount];

    /// <summary>Bit b set when bucket b holds nodes; bucket order is time order, so the earliest is the lowest bit.</summary>
    private readonly ulong[] _occupied = new ulong[BucketCount / 64];
    private Node[] _now = new Node[64];
    private int _nowCount;
    private ulong _last;
    private QueuedPayload[] _payloads = new QueuedPayload[256];
    private QueuedTrace[] _traces = new QueuedTrace[256];
    private EventPayload _current;
    private int[] _free = new int[256];
    private int _freeCount;
    private int _payloadCount;

    public EventQueue()
    {
        for (var b = 0; b < BucketCount; b++) _buckets[b] = new Node[16];
        Array.Fill(_bucketCapacities, 16);
        Clear();
    }

    public int Count { get; private set; }

    /// <summary>
    /// Whether payloads keep their trace-only fields (sent and arrival times, the hop's and its parent's keys);
    /// when not, they come out as 0. On by default; a kernel that does not trace turns it off.
    /// </summary>
    public bool KeepsTraceFields { get; set; } = true;

    /// <summary>The earliest pending time, without disturbing the queue; <see cref="long.MaxValue"/> when empty.</summary>
    public long MinTime
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get
        {
            if (_nowCount > 0) return FromOrdered(_last);
            var b = LowestBucket();
            return b < 0 ? long.MaxValue : FromOrdered(_bucketMins[b]);
        }
    }

    public void Clear()
    {
        Count = 0;
        _nowCount = 0;
        _last = 0;
        Array.Clear(_occupied);
        Array.Clear(_bucketSizes);
        Array.Fill(_bucketMins, ulong.MaxValue);
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
            if (_payloadCount == _payloads.Length)
            {
                Array.Resize(ref _payloads, _payloads.Length * 2);
                Array.Resize(ref _traces, _payloads.Length);
            }

            slot = _payloadCount++;
        }

        ref var queued = ref _payloads[slot];
        queued.Alert = payload.Alert;
        queued.Edge = payload.Edge;
        queued.Hops = payload.Hops;
        queued.Type = payload.Type;
        queued.Hop = payload.Hop;
        if (KeepsTraceFields)
        {
            ref var trace = ref _traces[slot];
            trace.SentAtMs = payload.SentAtMs;
            trace.ArrivedAtMs = payload.ArrivedAtMs;
            trace.HopSender = payload.HopSender;
            trace.HopSeq = payload.HopSeq;
            trace.ParentSender = payload.ParentSender;
            trace.ParentSeq = payload.ParentSeq;
        }

        var ordered = ToOrdered(key.Time);
        if (ordered < _last) throw new InvalidOperationException($"event at {key.Time} ms scheduled before the current time {FromOrdered(_last)} ms");
        Insert(new Node(ordered, key.Tie, slot, payload.Agency));
        Count++;
    }

    /// <summary>Takes the earliest event out, copying its payload.</summary>
    public void Pop(out EventKey key, out EventPayload payload)
    {
        payload = Take(out key, out var slot);
        Release(slot);
    }

    /// <summary>
    /// Takes the earliest event out and returns its payload, readable (while events are pushed) until the next
    /// take. Its slot stays taken until <see cref="Release"/>.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public ref readonly EventPayload Take(out EventKey key, out int slot)
    {
        if (_nowCount == 0) Advance();
        var top = _now[0];
        RemoveNowTop();
        key = EventKey.FromPacked(FromOrdered(top.Time), top.Tie);
        slot = top.Slot;
        Count--;
        ref readonly var queued = ref _payloads[slot];
        ref var p = ref _current;
        p.Type = queued.Type;
        p.Agency = top.Agency;
        p.Alert = queued.Alert;
        p.Edge = queued.Edge;
        p.Hops = queued.Hops;
        p.Hop = queued.Hop;
        if (KeepsTraceFields)
        {
            ref readonly var trace = ref _traces[slot];
            p.SentAtMs = trace.SentAtMs;
            p.ArrivedAtMs = trace.ArrivedAtMs;
            p.HopSender = trace.HopSender;
            p.HopSeq = trace.HopSeq;
            p.ParentSender = trace.ParentSender;
            p.ParentSeq = trace.ParentSeq;
        }
        else
        {
            p.SentAtMs = p.ArrivedAtMs = p.HopSeq = p.ParentSeq = 0;
            p.HopSender = p.ParentSender = 0;
        }

        return ref p;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Release(int slot)
    {
        if (_freeCount == _free.Length) Array.Resize(ref _free, _free.Length * 2);
        _free[_freeCount++] = slot;
    }

    /// <summary>
    /// The agency and payload slot of the event most likely to come out next (the earliest at the current
    /// instant, or the earliest of the next bucket); agency -1 when none is pending. A hint for prefetching,
    /// read from the nodes alone (the payload itself may not be in cache), not a promise of order.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int PeekLikelyNext(out int slot)
    {
        if (_nowCount > 0)
        {
            slot = _now[0].Slot;
            return _now[0].Agency;
        }

        var b = LowestBucket();
        if (b >= 0)
        {
            slot = _bucketMinSlots[b];
            return _bucketMinAgencies[b];
        }

        slot = 0;
        return -1;
    }

    /// <summary>Prefetches a payload slot (both lines it may straddle; its trace fields too when kept).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void PrefetchPayload(int slot)
    {
        var payloads = _payloads;
        if ((uint)slot >= (uint)payloads.Length) return;
        ref var queued = ref payloads[slot];
        CachePrefetch.Ref(ref queued);
        CachePrefetch.Ref(ref Unsafe.AddByteOffset(ref Unsafe.As<QueuedPayload, byte>(ref queued), Unsafe.SizeOf<QueuedPayload>() - 1));
        if (KeepsTraceFields) CachePrefetch.Element(_traces, slot);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void Insert(in Node node)
    {
        if (node.Time == _last)
        {
            PushNow(node);
            return;
        }

        // The level is the highest digit where the time differs from the current one (it is larger there);
        // within a level, the time's digit orders the buckets.
        var level = (63 - BitOperations.LeadingZeroCount(node.Time ^ _last)) / DigitBits;
        var bucket = level * Digits + (int)(node.Time >> (level * DigitBits) & (Digits - 1));

        var size = _bucketSizes[bucket];
        if (size == _bucketCapacities[bucket])
        {
            Array.Resize(ref _buckets[bucket], size * 2);
            _bucketCapacities[bucket] = size * 2;
        }

        // Within capacity by the check above: skipping the bounds check skips reading the array's header. The
        // explicit null test lets the JIT drop its own, which would read the header too (measured with perf).
        var items = _buckets[bucket];
        if (items is null) throw new InvalidOperationException("bucket without storage");
        Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(items), size) = node;
        _bucketSizes[bucket] = size + 1;
        _occupied[bucket >> 6] |= 1UL << bucket;
        if (node.Time < _bucketMins[bucket])
        {
            _bucketMins[bucket] = node.Time;
            _bucketMinSlots[bucket] = node.Slot;
            _bucketMinAgencies[bucket] = node.Agency;
        }
    }

    /// <summary>Moves the clock to the earliest pending time and spreads that bucket into lower ones.</summary>
    private void Advance()
    {
        var b = LowestBucket();
        _last = _bucketMins[b];
        var items = _buckets[b];
        var size = _bucketSizes[b];
        _bucketSizes[b] = 0;
        _bucketMins[b] = ulong.MaxValue;
        _occupied[b >> 6] &= ~(1UL << b);
        for (var i = 0; i < size; i++) Insert(items[i]);
    }

    /// <summary>The earliest non-empty bucket, or -1.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private int LowestBucket()
    {
        for (var w = 0; w < _occupied.Length; w++)
            if (_occupied[w] != 0) return w * 64 + BitOperations.TrailingZeroCount(_occupied[w]);
        return -1;
    }

    private void PushNow(in Node node)
    {
        if (_nowCount == _now.Length) Array.Resize(ref _now, _nowCount * 2);
        var i = _nowCount++;
        while (i > 0)
        {
            var parent = (i - 1) >> 1;
            if (node.Tie >= _now[parent].Tie) break;
            _now[i] = _now[parent];
            i = parent;
        }

        _now[i] = node;
    }

    private void RemoveNowTop()
    {
        var last = --_nowCount;
        if (last == 0) return;
        var moving = _now[last];
        var i = 0;
        while (true)
        {
            var child = 2 * i + 1;
            if (child >= last) break;
            if (child + 1 < last && _now[child + 1].Tie < _now[child].Tie) child++;
            if (_now[child].Tie >= moving.Tie) break;
            _now[i] = _now[child];
            i = child;
        }

        _now[i] = moving;
    }

    /// <summary>Maps signed times onto unsigned ones keeping their order, so that times before the epoch work too.</summary>
    private static ulong ToOrdered(long time) => (ulong)time ^ 0x8000000000000000UL;

    private static long FromOrdered(ulong ordered) => (long)(ordered ^ 0x8000000000000000UL);

    /// <summary>
    /// A queued event: time in order-preserving unsigned form, (sender, sequence) packed as in <see cref="EventKey.Tie"/>,
    /// its payload's slot, and its recipient (in what would be padding) for prefetching.
    /// </summary>
    private readonly record struct Node(ulong Time, ulong Tie, int Slot, int Agency);
}
