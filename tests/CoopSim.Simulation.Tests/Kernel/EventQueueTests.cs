using CoopSim.Model;
using CoopSim.Simulation.Kernel;
using FsCheck.Xunit;

namespace CoopSim.Simulation.Tests.Kernel;

/// <summary>The event queue against a plain sorted reference: same order, same payloads, same earliest time.</summary>
public sealed class EventQueueTests
{
    [Property(MaxTest = 300)]
    public bool Take_RandomPushesAndPops_ComeOutInKeyOrderLikeASortedSet(int seed, bool wideTimes)
    {
        // A run of the kernel's shape: pushes never go before the last pop, ties on time are common (few
        // distinct times) or rare (wide times, including before the epoch), and pops interleave with pushes.
        var random = new SimRandom((ulong)(uint)seed);
        var queue = new EventQueue();
        var reference = new SortedSet<(long Time, int Sender, long Seq)>();
        var nextSeq = new long[9];
        var now = wideTimes ? -(long)(random.NextUInt64() % 1_000_000_000) : 0;

        void PushOne()
        {
            var step = wideTimes ? (long)(random.NextUInt64() % (1UL << (int)(random.NextUInt64() % 40))) : (long)(random.NextUInt64() % 3);
            var sender = (int)(random.NextUInt64() % 9) - 1;
            var seq = nextSeq[sender + 1]++;
            var time = now + step;
            queue.Push(new EventKey(time, sender, seq), new EventPayload { Agency = sender + 1, Alert = (int)seq, ArrivedAtMs = time });
            reference.Add((time, sender, seq));
        }

        var initial = (int)(random.NextUInt64() % 50);
        for (var i = 0; i < initial; i++) PushOne();
        var operations = (int)(random.NextUInt64() % 400);
        for (var i = 0; i < operations; i++)
        {
            if (reference.Count > 0 && random.NextDouble() < 0.5)
            {
                if (queue.MinTime != reference.Min.Time) return false;
                var expected = reference.Min;
                reference.Remove(expected);
                ref readonly var payload = ref queue.Take(out var key, out var slot);
                // The payload stays readable while events are pushed (as a handler does), until released.
                var pushes = (int)(random.NextUInt64() % 3);
                now = key.Time;
                for (var p = 0; p < pushes; p++) PushOne();
                var intact = payload.Agency == expected.Sender + 1 && payload.Alert == (int)expected.Seq && payload.ArrivedAtMs == expected.Time;
                queue.Release(slot);
                if ((key.Time, key.Sender, key.Seq) != expected || !intact) return false;
            }
            else
            {
                PushOne();
            }
        }

        while (reference.Count > 0)
        {
            var expected = reference.Min;
            reference.Remove(expected);
            queue.Pop(out var key, out var payload);
            if ((key.Time, key.Sender, key.Seq) != expected || payload.Alert != (int)expected.Seq) return false;
        }

        return queue.Count == 0 && queue.MinTime == long.MaxValue;
    }

    [Fact]
    public void Push_BeforeTheLastPoppedTime_Throws()
    {
        var queue = new EventQueue();
        queue.Push(new EventKey(100, 0, 0), default);
        queue.Pop(out _, out _);

        Assert.Throws<InvalidOperationException>(() => queue.Push(new EventKey(99, 0, 1), default));
    }

    [Fact]
    public void PeekLikelyNext_OneEventPending_NamesItsRecipient()
    {
        var queue = new EventQueue();
        Assert.Equal(-1, queue.PeekLikelyNext(out _));
        queue.Push(new EventKey(5_000, 3, 0), new EventPayload { Agency = 42 });

        Assert.Equal(42, queue.PeekLikelyNext(out _));
    }

    [Fact]
    public void Pop_TraceFieldsKeptOrNot_RuleFieldsAlwaysComeBackAndTraceFieldsOnlyWhenKept()
    {
        var sent = new EventPayload
        {
            Type = EventType.Act, Agency = 7, Alert = 3, Edge = 12, Hops = 4, SentAtMs = 1_000, ArrivedAtMs = 2_000,
            Hop = new DelayVector(1, 2, 3, 4, 5, 6), HopSender = 5, HopSeq = 9, ParentSender = 2, ParentSeq = 8,
        };
        var keeping = new EventQueue();
        keeping.Push(new EventKey(3_000, 5, 10), sent);
        keeping.Pop(out _, out var kept);

        var dropping = new EventQueue { KeepsTraceFields = false };
        dropping.Push(new EventKey(3_000, 5, 10), sent);
        dropping.Pop(out _, out var dropped);

        Assert.Equal(sent, kept);
        var rulesOnly = sent with { SentAtMs = 0, ArrivedAtMs = 0, HopSender = 0, HopSeq = 0, ParentSender = 0, ParentSeq = 0 };
        Assert.Equal(rulesOnly, dropped);
    }
}
