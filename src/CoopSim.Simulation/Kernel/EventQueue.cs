using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace CoopSim.Simulation.Kernel;

/// <summary>
/// The kernel's event queue: a radix heap on time, in base 16, with a small binary heap, ordered by
/// (time, sender, sequence), for the events nearest in time. It relies on the kernel never scheduling into the
/// past (every event is pushed at or after the last one popped), which conservative windows guarantee, and
/// makes push and pop amortised O(1) where a binary heap pays a cache miss per level (measured: see README,
/// "Performance").
/// Events at equal times come out in (sender, sequence) order, so the order is exactly <see cref="EventKey"/>'s.
/// Base 16 rather than 2: a node is filed by its highest hexadecimal digit that differs from the current time,
/// and by that digit, so it moves down at most one of 16 levels per move instead of one of 64 bits, which more
/// than halved the time spent moving nodes between buckets on the 10,000-agency world (measured with perf).
/// Base 64 and 256 (fewer moves, but each into one of many more buckets, a likely cache miss) were slower there.
/// A bucket of at most 16 nodes, when it is the earliest, goes whole into the small heap instead of down the
/// lower levels (on that world a node moved 3.9 times on average; the heap at that size stays in cache).
/// Nodes in buckets are 16 bytes (time, payload slot, recipient): the radix heap moves nodes between buckets,
/// and everything else stays in its slot until the event has been handled. The packed sender and sequence
/// wait in a table by slot and join the node when it enters the small heap (24 bytes there), where ties on
/// time are decided: on the 10,000-agency world that was 12-16% more events per CPU-second than 24-byte nodes
/// everywhere, and reading the tie from the table at each comparison was slower when many events share an
/// instant (measured with a queue-only loop, delays rounded to minutes). A slot holds what the
/// rules read (32 bytes, <see cref="QueuedPayload"/>); the fields only traces read are kept in a second table,
/// and only while <see cref="KeepsTraceFields"/>: a payload slot is a random line per event, and the 120-byte
/// payload spanned two or three of them (measured with perf: its loads and stores were among the loop's largest stalls).
/// </summary>
internal sealed class EventQueue
{
    private const int DigitBits = 4;
    private const int Digits = 1 << DigitBits;
    private const int Levels = (64 + DigitBits - 1) / DigitBits;
    private const int BucketCount = Levels * Digits;
    private const int InitialBucketCapacity = 16;
    private const int HeapedBucketSize = 16;
    private readonly Bucket[] _buckets = new Bucket[BucketCount];

    /// <summary>Bit b set when bucket b holds nodes; bucket order is time order, so the earliest is the lowest bit.</summary>
    private readonly ulong[] _occupied = new ulong[BucketCount / 64];

    /// <summary>Bit w set when word w of <see cref="_occupied"/> is not zero: the lowest bucket in two bit scans.</summary>
    private ulong _occupiedWords;
    private HeapNode[] _now = new HeapNode[64];
    private int _nowCount;

    /// <summary>The time the buckets are filed against: the earliest pending time at the last advance.</summary>
    private ulong _last;

    /// <summary>The latest time that goes to the small heap instead of a bucket (see <see cref="Advance"/>).</summary>
    private ulong _nowLast;

    /// <summary>The time of the last event taken out: nothing may be pushed before it.</summary>
    private ulong _taken;
    private QueuedPayload[] _payloads = new QueuedPayload[256];
    private QueuedTrace[] _traces = new QueuedTrace[256];

    /// <summary>Each slot's (sender, sequence), read when its event is taken or ties on time in the small heap.</summary>
    private ulong[] _ties = new ulong[256];

    /// <summary>Hops and delays of the payloads marked wide, by slot; made when first needed.</summary>
    private QueuedWide[]? _wide;
    private EventPayload _current;
    private int[] _free = new int[256];
    private int _freeCount;
    private int _payloadCount;

    public EventQueue()
    {
        for (var b = 0; b < BucketCount; b++) _buckets[b].Min = ulong.MaxValue;
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
            if (_nowCount > 0) return FromOrdered(_now[0].Time);
            var b = LowestBucket();
            return b < 0 ? long.MaxValue : FromOrdered(_buckets[b].Min);
        }
    }

    public void Clear()
    {
        Count = 0;
        _nowCount = 0;
        _last = _nowLast = _taken = 0;
        // Only occupied buckets hold anything: an empty one is already reset.
        for (var b = LowestBucket(); b >= 0; b = LowestBucket())
        {
            ref var bucket = ref _buckets[b];
            bucket.Size = 0;
            bucket.Min = ulong.MaxValue;
            MarkEmpty(b);
        }
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
                Array.Resize(ref _ties, _payloads.Length);
            }

            slot = _payloadCount++;
        }

        if (!_payloads[slot].TryStore(payload)) StoreWide(slot, payload);
        if (KeepsTraceFields) _traces[slot] = QueuedTrace.Of(payload);

        var ordered = ToOrdered(key.Time);
        if (ordered < _taken) throw new InvalidOperationException($"event at {key.Time} ms scheduled before the current time {FromOrdered(_taken)} ms");
        _ties[slot] = key.Tie;
        Insert(new Node(ordered, slot, payload.Agency));
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
        _taken = top.Time;
        key = EventKey.FromPacked(FromOrdered(top.Time), top.Tie);
        slot = top.Slot;
        Count--;
        ref readonly var queued = ref _payloads[slot];
        ref var p = ref _current;
        p.Type = queued.Type;
        p.Agency = top.Agency;
        p.Alert = queued.Alert;
        p.Edge = queued.Edge;
        if (!queued.IsWide)
        {
            p.Hops = queued.Hops;
            p.Hop = queued.Hop;
        }
        else
        {
            ref readonly var wide = ref _wide![slot];
            p.Hops = wide.Hops;
            p.Hop = wide.Hop;
        }

        if (KeepsTraceFields) _traces[slot].WriteTo(ref p);
        else default(QueuedTrace).WriteTo(ref p);

        return ref p;
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private void StoreWide(int slot, in EventPayload payload)
    {
        if (_wide is null || _wide.Length < _payloads.Length) Array.Resize(ref _wide, _payloads.Length);
        ref var wide = ref _wide[slot];
        wide.Hops = payload.Hops;
        wide.Hop = payload.Hop;
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
            ref readonly var bucket = ref _buckets[b];
            slot = bucket.MinSlot;
            return bucket.MinAgency;
        }

        slot = 0;
        return -1;
    }

    /// <summary>Prefetches a payload slot (both lines it may straddle), its tie, and its trace fields when kept.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void PrefetchPayload(int slot)
    {
        var payloads = _payloads;
        if ((uint)slot >= (uint)payloads.Length) return;
        ref var queued = ref payloads[slot];
        CachePrefetch.Ref(ref queued);
        CachePrefetch.Ref(ref Unsafe.AddByteOffset(ref Unsafe.As<QueuedPayload, byte>(ref queued), Unsafe.SizeOf<QueuedPayload>() - 1));
        CachePrefetch.Element(_ties, slot);
        if (KeepsTraceFields) CachePrefetch.Element(_traces, slot);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void Insert(in Node node)
    {
        if (node.Time <= _nowLast)
        {
            PushNow(node);
            return;
        }

        // The level is the highest digit where the time differs from the current one (it is larger there);
        // within a level, the time's digit orders the buckets.
        var level = (63 - BitOperations.LeadingZeroCount(node.Time ^ _last)) / DigitBits;
        var bucket = level * Digits + (int)(node.Time >> (level * DigitBits) & (Digits - 1));

        ref var head = ref _buckets[bucket];
        var size = head.Size;
        if (size == head.Capacity) Grow(ref head);

        // Within capacity by the check above: skipping the bounds check skips reading the array's header. The
        // explicit null test lets the JIT drop its own, which would read the header too (measured with perf).
        var items = head.Items;
        if (items is null) throw new InvalidOperationException("bucket without storage");
        Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(items), size) = node;
        head.Size = size + 1;
        _occupied[bucket >> 6] |= 1UL << bucket;
        _occupiedWords |= 1UL << (bucket >> 6);
        if (node.Time < head.Min)
        {
            head.Min = node.Time;
            head.MinSlot = node.Slot;
            head.MinAgency = node.Agency;
        }
    }

    /// <summary>Buckets get storage when first used: most of the levels stay empty in any one world.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void Grow(ref Bucket bucket)
    {
        var capacity = bucket.Capacity == 0 ? InitialBucketCapacity : bucket.Capacity * 2;
        Array.Resize(ref bucket.Items, capacity);
        bucket.Capacity = capacity;
    }

    /// <summary>Moves the clock to the earliest pending time and spreads that bucket into lower ones.</summary>
    private void Advance()
    {
        var b = LowestBucket();
        ref var head = ref _buckets[b];
        _last = head.Min;
        var items = head.Items!;
        var size = head.Size;
        head.Size = 0;
        head.Min = ulong.MaxValue;
        MarkEmpty(b);

        // A small bucket goes whole into the small heap, with every time of its digit's range (the times that
        // share its digits from its level up), instead of down the levels one move at a time; a large one
        // spreads into lower buckets, and only the current instant goes to the heap.
        var level = b / Digits;
        _nowLast = size <= HeapedBucketSize && level > 0 ? _last | ((1UL << (level * DigitBits)) - 1) : _last;
        for (var i = 0; i < size; i++) Insert(items[i]);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void MarkEmpty(int bucket)
    {
        var word = _occupied[bucket >> 6] &= ~(1UL << bucket);
        if (word == 0) _occupiedWords &= ~(1UL << (bucket >> 6));
    }

    /// <summary>The earliest non-empty bucket, or -1.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private int LowestBucket()
    {
        if (_occupiedWords == 0) return -1;
        var w = BitOperations.TrailingZeroCount(_occupiedWords);
        return w * 64 + BitOperations.TrailingZeroCount(_occupied[w]);
    }

    private void PushNow(in Node bucketNode)
    {
        var node = new HeapNode(bucketNode.Time, _ties[bucketNode.Slot], bucketNode.Slot, bucketNode.Agency);
        if (_nowCount == _now.Length) Array.Resize(ref _now, _nowCount * 2);
        var i = _nowCount++;
        while (i > 0)
        {
            var parent = (i - 1) >> 1;
            if (!Earlier(node, _now[parent])) break;
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
            if (child + 1 < last && Earlier(_now[child + 1], _now[child])) child++;
            if (!Earlier(_now[child], moving)) break;
            _now[i] = _now[child];
            i = child;
        }

        _now[i] = moving;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool Earlier(in HeapNode a, in HeapNode b) => a.Time != b.Time ? a.Time < b.Time : a.Tie < b.Tie;

    /// <summary>Maps signed times onto unsigned ones keeping their order, so that times before the epoch work too.</summary>
    private static ulong ToOrdered(long time) => (ulong)time ^ 0x8000000000000000UL;

    private static long FromOrdered(ulong ordered) => (long)(ordered ^ 0x8000000000000000UL);

    /// <summary>
    /// A queued event in a bucket: time in order-preserving unsigned form, its payload's slot, and its recipient
    /// for prefetching.
    /// </summary>
    private readonly record struct Node(ulong Time, int Slot, int Agency);

    /// <summary>
    /// A node in the small heap, with its (sender, sequence) packed as in <see cref="EventKey.Tie"/> beside it
    /// for ties on time.
    /// </summary>
    private readonly record struct HeapNode(ulong Time, ulong Tie, int Slot, int Agency);

    /// <summary>
    /// One bucket's nodes, how many, its array's length (kept here so that an append does not read a far-away
    /// array header), and its earliest node's time, slot and recipient: 32 bytes, two buckets a cache line.
    /// </summary>
    private struct Bucket
    {
        public Node[]? Items;
        public int Size;
        public int Capacity;
        public ulong Min;
        public int MinSlot;
        public int MinAgency;
    }
}
