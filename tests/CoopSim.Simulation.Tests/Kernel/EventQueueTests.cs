using CoopSim.Model;
using CoopSim.Simulation.Kernel;
using CoopSim.Simulation.Results;
using FsCheck.Xunit;

namespace CoopSim.Simulation.Tests.Kernel;

/// <summary>The event queue against a plain sorted reference: same order, same payloads, same earliest time.</summary>
public sealed class EventQueueTests
{
    [Property(MaxTest = 300)]
    public bool Take_RandomPushesAndPops_ComeOutInKeyOrderLikeASortedSet(int seed, byte shape)
    {
        // Runs of the kernel's shapes: pushes never go before the last pop, and pops interleave with pushes.
        // Shape 0: few distinct times (ties on time are common); shape 1: wide times, including before the
        // epoch (ties rare); shape 2: the 10,000-agency world's (thousands pending, delays mostly minutes to
        // an hour, some days, bursts at one instant), so buckets both spread and go whole into the small heap.
        var mode = shape % 3;
        var random = new SimRandom((ulong)(uint)seed);
        var queue = new EventQueue();
        var reference = new SortedDictionary<(long Time, int Sender, long Seq), EventPayload>();
        var nextSeq = new long[9];
        var now = mode == 1 ? -(long)(random.NextUInt64() % 1_000_000_000) : 0;

        long Step() => mode switch
        {
            0 => (long)(random.NextUInt64() % 3),
            1 => (long)(random.NextUInt64() % (1UL << (int)(random.NextUInt64() % 40))),
            _ => random.NextDouble() < 0.1 ? 0 : (long)Math.Exp(13 + 2 * random.NextStandardNormal()),
        };

        void PushOne()
        {
            var sender = (int)(random.NextUInt64() % 9) - 1;
            var seq = nextSeq[sender + 1]++;
            var time = now + Step();
            var payload = RandomPayload(ref random, sender + 1, (int)seq, time);
            queue.Push(new EventKey(time, sender, seq), payload);
            reference.Add((time, sender, seq), payload);
        }

        (long Time, int Sender, long Seq) TakeReference() => reference.Keys.First();

        var initial = (int)(random.NextUInt64() % (mode == 2 ? 3_000UL : 50UL));
        for (var i = 0; i < initial; i++) PushOne();
        var operations = (int)(random.NextUInt64() % (mode == 2 ? 6_000UL : 400UL));
        for (var i = 0; i < operations; i++)
        {
            if (reference.Count > 0 && random.NextDouble() < 0.5)
            {
                var expected = TakeReference();
                if (queue.MinTime != expected.Time) return false;
                var expectedPayload = reference[expected];
                reference.Remove(expected);
                ref readonly var payload = ref queue.Take(out var key, out var slot);
                // The payload stays readable while events are pushed (as a handler does), until released.
                var pushes = (int)(random.NextUInt64() % 3);
                now = key.Time;
                for (var p = 0; p < pushes; p++) PushOne();
                var intact = payload.Equals(expectedPayload);
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
            var expected = TakeReference();
            var expectedPayload = reference[expected];
            reference.Remove(expected);
            queue.Pop(out var key, out var payload);
            if ((key.Time, key.Sender, key.Seq) != expected || !payload.Equals(expectedPayload)) return false;
        }

        return queue.Count == 0 && queue.MinTime == long.MaxValue;
    }

    /// <summary>
    /// A payload whose hops and delays are mostly the kernel's (no hold, delays in 32 bits) and sometimes not
    /// (a hold, a delay beyond 2^31 ms or negative, a hop count beyond 2^23), so both kinds of slot are used.
    /// </summary>
    private static EventPayload RandomPayload(ref SimRandom random, int agency, int alert, long time)
    {
        var wide = random.NextDouble() < 0.2;
        var hop = wide
            ? new DelayVector(AnyDelay(ref random), AnyDelay(ref random), AnyDelay(ref random), AnyDelay(ref random), AnyDelay(ref random), AnyDelay(ref random))
            : new DelayVector(0, (long)(random.NextUInt64() % 10_000_000), (long)(random.NextUInt64() % 300_000_000), 7, int.MinValue, int.MaxValue);
        return new EventPayload
        {
            Type = (EventType)(random.NextUInt64() % 3),
            Agency = agency,
            Alert = alert,
            Edge = (int)(random.NextUInt64() % 1_000) - 1,
            Hops = wide && random.NextDouble() < 0.5 ? int.MaxValue - (int)(random.NextUInt64() % 10) : (int)(random.NextUInt64() % 40),
            SentAtMs = time - 5,
            ArrivedAtMs = time,
            Hop = hop,
            HopSender = agency - 1,
            HopSeq = alert,
            ParentSender = (int)(random.NextUInt64() % 100) - 1,
            ParentSeq = (long)(random.NextUInt64() % 1_000_000),
        };
    }

    private static long AnyDelay(ref SimRandom random) => (random.NextUInt64() % 8) switch
    {
        0 => (long)random.NextUInt64(),
        1 => -(long)(random.NextUInt64() % 1_000),
        _ => (long)(random.NextUInt64() % 100_000_000),
    };

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

    [Theory]
    [InlineData(0L, 1L + int.MaxValue, 0)]
    [InlineData(0L, -1L + int.MinValue, 0)]
    [InlineData(1L, 5L, 0)]
    [InlineData(0L, 5L, 1 << 23)]
    [InlineData(0L, int.MaxValue, (1 << 23) - 1)]
    [InlineData(0L, int.MinValue, 0)]
    public void Pop_DelaysAndHopsAtTheEdgesOfThe32BitSlot_ComeBackExactly(long held, long delay, int hops)
    {
        // Each delay field in turn carries the edge value, so every one of them is checked against the slot's width.
        for (var field = 0; field < 5; field++)
        {
            var hop = field switch
            {
                0 => new DelayVector(held, delay, 0, 0, 0, 0),
                1 => new DelayVector(held, 0, delay, 0, 0, 0),
                2 => new DelayVector(held, 0, 0, delay, 0, 0),
                3 => new DelayVector(held, 0, 0, 0, delay, 0),
                _ => new DelayVector(held, 0, 0, 0, 0, delay),
            };
            var sent = new EventPayload { Type = EventType.Act, Agency = 1, Alert = 2, Edge = 3, Hops = hops, Hop = hop };
            var queue = new EventQueue { KeepsTraceFields = false };
            queue.Push(new EventKey(10, 0, 0), sent);
            queue.Push(new EventKey(20, 0, 1), sent with { Hop = default, Hops = 1 });
            queue.Pop(out _, out var first);
            queue.Pop(out _, out var second);

            Assert.Equal(sent, first);
            Assert.Equal(sent with { Hop = default, Hops = 1 }, second);
        }
    }

    [Fact]
    public void Clear_AfterEventsInManyBuckets_LeavesAnEmptyQueueThatOrdersAgain()
    {
        var queue = new EventQueue();
        for (var i = 0; i < 1_000; i++) queue.Push(new EventKey(i * 7_919L % 100_003 * 1_000, 0, i), new EventPayload { Alert = i });
        queue.Pop(out _, out _);
        queue.Clear();

        Assert.Equal(0, queue.Count);
        Assert.Equal(long.MaxValue, queue.MinTime);
        queue.Push(new EventKey(50, 1, 0), new EventPayload { Alert = 2 });
        queue.Push(new EventKey(5, 1, 1), new EventPayload { Alert = 1 });
        queue.Pop(out var firstKey, out var first);
        queue.Pop(out var secondKey, out var second);
        Assert.Equal((5L, 1, 50L, 2), (firstKey.Time, first.Alert, secondKey.Time, second.Alert));
        Assert.Equal(0, queue.Count);
    }
}
