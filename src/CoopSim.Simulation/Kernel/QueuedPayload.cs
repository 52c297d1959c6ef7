using System.Runtime.CompilerServices;
using CoopSim.Simulation.Results;

namespace CoopSim.Simulation.Kernel;

/// <summary>
/// What <see cref="EventQueue"/> keeps of an <see cref="EventPayload"/> while the event waits: everything the
/// rules read, in 32 bytes instead of 120 (one cache line, or two when it straddles one, instead of two or three).
/// The recipient is in the queue's node; the fields only traces read are kept apart (<see cref="QueuedTrace"/>),
/// and only when the queue keeps them. Delays are kept in 32 bits (24 days of milliseconds) and the hold before
/// sending is left out: it is zero unless an outage held the message. An event whose hold is not zero, or whose
/// delays or hop count do not fit, is marked wide and keeps them in full in the queue's side table
/// (<see cref="QueuedWide"/>), so every payload comes out exactly as it went in.
/// </summary>
internal struct QueuedPayload
{
    private const int WideFlag = 0x80;
    private const int TypeMask = 0x7F;
    private const int HopsShift = 8;

    /// <summary>Hop counts of 2^23 and more are kept wide (the packed field has 23 bits for them).</summary>
    private const int NarrowHopsBits = 23;

    public int Alert;
    public int Edge;

    /// <summary>The hop count above the low byte; the type and the wide flag in the low byte.</summary>
    private int _hopsAndType;
    private int _transit;
    private int _officeWait;
    private int _queue;
    private int _translation;
    private int _legalReview;

    public readonly EventType Type => (EventType)(_hopsAndType & TypeMask);

    /// <summary>Whether the hop count and delays are in the side table rather than here.</summary>
    public readonly bool IsWide => (_hopsAndType & WideFlag) != 0;

    /// <summary>The hop count of a narrow payload.</summary>
    public readonly int Hops => _hopsAndType >> HopsShift;

    /// <summary>The delays of a narrow payload (its hold is zero).</summary>
    public readonly DelayVector Hop
    {
        // Inlined into the event loop, so that the vector is built in place (measured with perf: it was a call).
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => new(0, _transit, _officeWait, _queue, _translation, _legalReview);
    }

    /// <summary>Stores the payload's rule fields; false (and marked wide) when its hops and delays must go to the side table.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool TryStore(in EventPayload payload)
    {
        Alert = payload.Alert;
        Edge = payload.Edge;
        ref readonly var hop = ref payload.Hop;

        // A delay fits in 32 bits when adding 2^31 leaves it in [0, 2^32) (one that overflows lands outside): one
        // test for all five instead of a branch each.
        const long Offset = 1L << 31;
        var spread = unchecked((ulong)(hop.Transit + Offset) | (ulong)(hop.OfficeWait + Offset) | (ulong)(hop.Queue + Offset)
            | (ulong)(hop.Translation + Offset) | (ulong)(hop.LegalReview + Offset));
        if ((spread >> 32 | (ulong)hop.Held | (uint)payload.Hops >> NarrowHopsBits) == 0)
        {
            _hopsAndType = payload.Hops << HopsShift | (int)payload.Type;
            _transit = (int)hop.Transit;
            _officeWait = (int)hop.OfficeWait;
            _queue = (int)hop.Queue;
            _translation = (int)hop.Translation;
            _legalReview = (int)hop.LegalReview;
            return true;
        }

        _hopsAndType = WideFlag | (int)payload.Type;
        return false;
    }
}
