using CoopSim.Simulation.Fold;
using CoopSim.Simulation.Kernel;
using CoopSim.Simulation.Results;
using CoopSim.Simulation.Statistics;

namespace CoopSim.Simulation.Tests;

/// <summary>The compact stores of a large run give back exactly what went in, inline or spilled.</summary>
public sealed class CompactFoldTests
{
    private static readonly DelayVector SmallPath = new(1, 2, 3, 4, 5, 6);
    private static readonly DelayVector WidePath = new(1, 5_000_000_000, 3, 4, 5, 6);

    [Theory]
    [InlineData(1_000L, 900L, 3)]
    [InlineData(6_000_000_000L, 5_999_000_000L, 2)]
    [InlineData(0L, -5L, 0)]
    public void PairFoldAdd_OneObservation_SummariesAsASketchOfIt(long timeMs, long arrivalMs, int hops)
    {
        var pair = new PairFold();
        var path = timeMs > uint.MaxValue ? WidePath : SmallPath;
        pair.Add(true, timeMs, arrivalMs, hops, path, 7);

        Assert.Equal(1, pair.Count);
        Assert.Equal(7, pair.FirstPath);
        Assert.Equal(path, pair.PathDelays);
        Assert.Equal(Sketch(timeMs).SummarizeTimes(1000, 4), pair.SummarizeTimeMs(1000, 4));
        Assert.Equal(Sketch(arrivalMs).SummarizeTimes(1000, 1), pair.SummarizeArrivalMs(1000, 1));
        Assert.Equal(Sketch(hops).Summarize(1), pair.SummarizeHops(1));
    }

    [Fact]
    public void PairFoldAdd_ManyObservations_SameSummariesAndPathCountsAsFullSketches()
    {
        var pair = new PairFold();
        long[] times = [5_000, 3_000, 9_000_000_000, 3_000, 12];
        var (time, arrival, hop) = (new ValueSketch(), new ValueSketch(), new ValueSketch());
        var sum = default(DelayVector);
        for (var i = 0; i < times.Length; i++)
        {
            var path = i == 2 ? WidePath : SmallPath;
            pair.Add(i == 0, times[i], times[i] - 10, i + 1, path, i % 2);
            time.Add(times[i]);
            arrival.Add(times[i] - 10);
            hop.Add(i + 1);
            sum += path;
        }

        Assert.Equal(5, pair.Count);
        Assert.Equal(sum, pair.PathDelays);
        Assert.Equal(time.SummarizeTimes(1000, 9), pair.SummarizeTimeMs(1000, 9));
        Assert.Equal(arrival.SummarizeTimes(1000, 5), pair.SummarizeArrivalMs(1000, 5));
        Assert.Equal(hop.Summarize(1), pair.SummarizeHops(1));
        // Read twice: a sketch folds its buffer when read, and must give the same again.
        Assert.Equal(time.SummarizeTimes(1000, 9), pair.SummarizeTimeMs(1000, 9));
        Assert.Equal(new Dictionary<int, int> { [0] = 3, [1] = 2 }, pair.Spill!.PathCounts);
    }

    [Fact]
    public void ReachListIndexer_RecordsThatFitAndThatDoNot_GivesBackExactlyWhatWasAdded()
    {
        // Fewer alerts than records: the list still takes them all.
        var list = new ReachList(4, alerts: 3);
        (int, ReachRecord)[] added =
        [
            (0, new ReachRecord(4, 0, 0, -1, -1, default, 0)),
            (3, new ReachRecord(4, 120_000, 2, 9, 11, SmallPath, 0)),
            (1, new ReachRecord(4, 5_000_000_000, 1, 2, 3, WidePath, 0)),
            (2, new ReachRecord(5, 10, 1, 2, 3, SmallPath, 0)),
            (5, new ReachRecord(4, 10, 1, 2, 3, SmallPath, 0xABCDEF)),
            (6, new ReachRecord(4, -1, 1, 2, 3, SmallPath, 0)),
        ];
        foreach (var item in added) list.Add(item);

        Assert.Equal(added, list.ToArray());

        list.Clear();
        list.Add(added[1]);
        Assert.Equal([added[1]], list.ToArray());
        Assert.Throws<ArgumentOutOfRangeException>(() => list[1]);
    }

    [Fact]
    public void PathTrieNodeOf_ThousandsOfPaths_SameKeyGivesTheSameNodeAndHashThroughGrowthAndSeal()
    {
        var trie = new PathTrie();
        var nodes = new Dictionary<(int Parent, int Agency, int Channel), (int Node, ulong Hash)>();
        for (var i = 0; i < 5_000; i++)
        {
            var key = (Parent: i / 3 - 1, Agency: i % 97, Channel: i % 5);
            var parentHash = key.Parent < 0 ? 0 : nodes.Values.First(n => n.Node == key.Parent).Hash;
            // Most records carry the hash their parent's gives (the kernel's rule); every seventh says otherwise and keeps its own.
            var hash = i % 7 == 0 ? (ulong)i * 31
                : key.Parent < 0 ? MetricsCollector.RootPathHash(key.Agency) : MetricsCollector.ExtendedPathHash(parentHash, key.Channel, key.Agency);
            var got = trie.NodeOf(key.Parent, key.Agency, key.Channel, hash, parentHash);
            Assert.Equal((nodes.Count, hash), got);
            nodes.Add(key, got);
        }

        trie.Seal();
        foreach (var ((parent, agency, channel), (node, hash)) in nodes)
        {
            var parentHash = parent < 0 ? 0 : trie.HashOf(parent);
            Assert.Equal((node, hash), trie.NodeOf(parent, agency, channel, 12345, parentHash));
            Assert.Equal((parent, agency, channel), (trie.ParentOf(node), trie.AgencyOf(node), trie.ChannelOf(node)));
            Assert.Equal(hash, trie.HashOf(node));
        }

        Assert.Equal(nodes.Count, trie.NodeOf(-1, 1_000, 0, 1, 0).Node);
    }

    [Fact]
    public void PathTrieNodeOf_AfterNodesAddedWithoutLookup_FindsThemAndAddsOnlyNewOnes()
    {
        var trie = new PathTrie();
        trie.EnsureCapacity(3);
        var root = trie.AddNew(-1, 0, -1, MetricsCollector.RootPathHash(0), 0);
        var child = trie.AddNew(root.Node, 1, 4, 99, root.Hash);

        Assert.Equal(root, trie.NodeOf(-1, 0, -1, 1, 0));
        Assert.Equal((child.Node, 99UL), trie.NodeOf(root.Node, 1, 4, 1, root.Hash));
        Assert.Equal(2, trie.NodeOf(root.Node, 1, 5, 7, root.Hash).Node);
        Assert.Equal(3, trie.Count);
    }

    private static ValueSketch Sketch(long value)
    {
        var sketch = new ValueSketch();
        sketch.Add(value);
        return sketch;
    }
}
