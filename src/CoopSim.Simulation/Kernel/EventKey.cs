using Orleans;

namespace CoopSim.Simulation.Kernel;

/// <summary>
/// The total order of events (docs/architecture.md, "The kernel"): time, then sender (agency index, which is id order), then the
/// sender's own sequence number. Unique, so heap order never depends on insertion order.
/// 16 bytes: sender and sequence are packed into one word (<see cref="Tie"/>) whose unsigned order is
/// (sender, sequence) order, so the queue compares two words instead of three fields.
/// </summary>
[GenerateSerializer, Immutable, Alias("coopsim.event-key")]
public readonly record struct EventKey
{
    /// <summary>Senders run from -1 (an alert's issue) up; sequences from 0 up, each below 2^32.</summary>
    public EventKey(long time, int sender, long seq)
    {
        if (sender < -1 || (ulong)seq > uint.MaxValue)
            throw new ArgumentOutOfRangeException(nameof(seq), $"event key (sender {sender}, sequence {seq}) is outside the packed range");
        Time = time;
        Tie = (ulong)(uint)(sender + 1) << 32 | (uint)seq;
    }

    private EventKey(long time, ulong tie)
    {
        Time = time;
        Tie = tie;
    }

    [Id(0)] public long Time { get; }

    /// <summary>(sender + 1) in the high 32 bits, the sequence in the low 32: compares as (sender, sequence).</summary>
    [Id(1)] public ulong Tie { get; }

    public int Sender => (int)(uint)(Tie >> 32) - 1;

    public long Seq => (long)(uint)Tie;

    public bool Precedes(in EventKey other) => Time != other.Time ? Time < other.Time : Tie < other.Tie;

    internal static EventKey FromPacked(long time, ulong tie) => new(time, tie);
}
