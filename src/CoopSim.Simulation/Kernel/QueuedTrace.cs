using System.Runtime.CompilerServices;

namespace CoopSim.Simulation.Kernel;

/// <summary>The fields of a queued <see cref="EventPayload"/> that only traces read (see <see cref="QueuedPayload"/>).</summary>
internal struct QueuedTrace
{
    public long SentAtMs;
    public long ArrivedAtMs;
    public int HopSender;
    public int ParentSender;
    public long HopSeq;
    public long ParentSeq;

    /// <summary>The trace-only fields of <paramref name="payload"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static QueuedTrace Of(in EventPayload payload) => new()
    {
        SentAtMs = payload.SentAtMs,
        ArrivedAtMs = payload.ArrivedAtMs,
        HopSender = payload.HopSender,
        HopSeq = payload.HopSeq,
        ParentSender = payload.ParentSender,
        ParentSeq = payload.ParentSeq,
    };

    /// <summary>Puts these fields back into <paramref name="payload"/> (all 0 for a queue that does not keep them).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public readonly void WriteTo(ref EventPayload payload)
    {
        payload.SentAtMs = SentAtMs;
        payload.ArrivedAtMs = ArrivedAtMs;
        payload.HopSender = HopSender;
        payload.HopSeq = HopSeq;
        payload.ParentSender = ParentSender;
        payload.ParentSeq = ParentSeq;
    }
}
