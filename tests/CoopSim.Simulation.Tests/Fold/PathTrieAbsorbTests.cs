using CoopSim.Simulation.Fold;

namespace CoopSim.Simulation.Tests.Fold;

/// <summary>A client reads a silo's trie straight into its own: it must give the nodes and hashes taking in a whole copy gives.</summary>
public sealed class PathTrieAbsorbTests
{
    [Fact]
    public void AbsorbFrom_ATrieWithPathsOfItsOwnAndOwnHashes_GivesTheNodesAndHashesOfAbsorb()
    {
        var theirs = Trie(from: 0, count: 3_000);
        var viaCopy = Trie(from: 1_000, count: 2_500);
        var viaStream = Trie(from: 1_000, count: 2_500);

        var copied = viaCopy.Absorb(theirs);
        using var saved = new MemoryStream();
        using (var writer = new BinaryWriter(saved, System.Text.Encoding.UTF8, leaveOpen: true)) theirs.Write(writer);
        saved.Position = 0;
        using var reader = new BinaryReader(saved);
        var streamed = viaStream.AbsorbFrom(reader);

        Assert.Equal(saved.Length, saved.Position);
        Assert.Equal(copied, streamed);
        Assert.Equal(viaCopy.Count, viaStream.Count);
        // Paths both tries had are shared (fewer nodes than the two together); a shared node keeps the hash it had here.
        Assert.True(viaStream.Count < 3_000 + 2_500);
        for (var n = 0; n < viaCopy.Count; n++) Assert.Equal(viaCopy.HashOf(n), viaStream.HashOf(n));
    }

    [Fact]
    public void AbsorbFrom_IntoAnEmptyTrie_GivesEveryNodeItsHashOwnOrDerived()
    {
        var theirs = Trie(from: 0, count: 3_000);
        using var saved = new MemoryStream();
        using (var writer = new BinaryWriter(saved, System.Text.Encoding.UTF8, leaveOpen: true)) theirs.Write(writer);
        saved.Position = 0;
        var empty = new PathTrie();

        var nodeOf = empty.AbsorbFrom(new BinaryReader(saved));

        Assert.Equal(Enumerable.Range(0, theirs.Count), nodeOf);
        for (var n = 0; n < theirs.Count; n++) Assert.Equal(theirs.HashOf(n), empty.HashOf(n));
    }

    /// <summary>
    /// Paths numbered <paramref name="from"/> on, so two tries overlap where their numbers do; every seventh record says
    /// a hash other than its parent's rule gives, as a trie may hold a few.
    /// </summary>
    private static PathTrie Trie(int from, int count)
    {
        var trie = new PathTrie();
        var nodes = new Dictionary<int, (int Node, ulong Hash)>();
        for (var i = from; i < from + count; i++)
        {
            var parent = i < 40 ? -1 : i / 3;
            var (parentNode, parentHash) = parent < 0 ? (-1, 0UL) : nodes.GetValueOrDefault(parent, (-1, 0UL));
            var agency = i % 97;
            var channel = parentNode < 0 ? -1 : i % 5;
            var derived = parentNode < 0 ? MetricsCollector.RootPathHash(agency) : MetricsCollector.ExtendedPathHash(parentHash, channel, agency);
            nodes[i] = trie.NodeOf(parentNode, agency, channel, i % 7 == 0 ? (ulong)i * 31 : derived, parentHash);
        }

        return trie;
    }
}
