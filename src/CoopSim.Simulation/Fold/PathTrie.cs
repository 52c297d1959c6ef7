
namespace CoopSim.Simulation.Fold;

/// <summary>
/// Every distinct first-delivery path of one alert, as nodes (parent path, agency, channel), so that a path is
/// one integer and paths sharing a prefix share its nodes. Grows with distinct paths, not with replications.
/// A large world run once has a node per reached pair, so nodes are parallel arrays (12 bytes a node) and the
/// lookup is an open-addressing table of node numbers (8 to 16 bytes a node, at most half full), not a dictionary
/// of tuples (about 40). A node's path hash is not stored: it follows from its parent's by the kernel's rule
/// (<see cref="MetricsCollector.ExtendedPathHash"/>), and the rare node whose record said otherwise keeps its own.
/// </summary>
internal sealed class PathTrie
{
    private int[] _parent = new int[4];
    private int[] _agency = new int[4];
    private int[] _channel = new int[4];

    /// <summary>Nodes whose record's hash differs from the one their parent gives; empty in practice.</summary>
    private readonly Dictionary<int, ulong> _hashOverrides = [];

    /// <summary>Node number plus one per slot (0 is empty); a power of two long, at most half full.</summary>
    private int[]? _table;

    public int Count { get; private set; }

    /// <summary>
    /// The node for <paramref name="agency"/> reached over <paramref name="channel"/> after path <paramref name="parent"/>
    /// (-1: the start), whose parent's hash is <paramref name="parentHash"/>, and its hash; a new node takes
    /// <paramref name="hash"/>, the kernel's hash of the record that first took this path.
    /// </summary>
    public (int Node, ulong Hash) NodeOf(int parent, int agency, int channel, ulong hash, ulong parentHash)
    {
        _table ??= Rebuild((int)System.Numerics.BitOperations.RoundUpToPowerOf2((uint)Math.Max(8, 2 * Count + 2)));
        var derived = parent < 0 ? MetricsCollector.RootPathHash(agency) : MetricsCollector.ExtendedPathHash(parentHash, channel, agency);
        var mask = _table.Length - 1;
        for (var i = Slot(parent, agency, channel) & mask; ; i = (i + 1) & mask)
        {
            var entry = _table[i];
            if (entry == 0)
            {
                var node = Append(parent, agency, channel);
                _table[i] = node + 1;
                if (2 * Count > _table.Length) _table = Rebuild(2 * _table.Length);
                if (hash != derived) _hashOverrides[node] = hash;
                return (node, hash);
            }

            var n = entry - 1;
            if (_parent[n] == parent && _agency[n] == agency && _channel[n] == channel)
                return (n, _hashOverrides.TryGetValue(n, out var own) ? own : derived);
        }
    }

    /// <summary>
    /// Adds every path of <paramref name="other"/> (another worker's trie of the same alert) and returns, for each
    /// of its nodes, the node here. Parents come before their children in a trie, so one pass in node order does.
    /// </summary>
    public int[] Absorb(PathTrie other)
    {
        var absorbing = new Absorbing(this, other.Count);
        for (var n = 0; n < other.Count; n++)
            absorbing.Take(n, other._parent[n], other._agency[n], other._channel[n], other._hashOverrides.TryGetValue(n, out var own) ? own : null);
        return absorbing.NodeOf;
    }

    /// <summary>
    /// As <see cref="Absorb"/>, for a trie <see cref="Write"/> wrote on another process, read straight from
    /// <paramref name="reader"/>: a client taking in a silo's block builds no copy of the block's trie.
    /// </summary>
    public int[] AbsorbFrom(BinaryReader reader)
    {
        var overrides = reader.ReadInt32();
        Dictionary<int, ulong>? theirOverrides = overrides == 0 ? null : new Dictionary<int, ulong>(overrides);
        for (var i = 0; i < overrides; i++) theirOverrides![reader.ReadInt32()] = reader.ReadUInt64();
        var count = reader.ReadInt32();
        var absorbing = new Absorbing(this, count);
        for (var n = 0; n < count; n++)
        {
            var (parent, agency, channel) = (reader.ReadInt32(), reader.ReadInt32(), reader.ReadInt32());
            absorbing.Take(n, parent, agency, channel, theirOverrides is not null && theirOverrides.TryGetValue(n, out var own) ? own : null);
        }

        return absorbing.NodeOf;
    }

    /// <summary>
    /// A node known to be new: the first replication of an alert reaches each agency once, so its paths are all
    /// distinct and need no lookup. The lookup is built when a later replication first asks for a node.
    /// </summary>
    public (int Node, ulong Hash) AddNew(int parent, int agency, int channel, ulong hash, ulong parentHash)
    {
        _table = null;
        var node = Append(parent, agency, channel);
        var derived = parent < 0 ? MetricsCollector.RootPathHash(agency) : MetricsCollector.ExtendedPathHash(parentHash, channel, agency);
        if (hash != derived) _hashOverrides[node] = hash;
        return (node, hash);
    }

    /// <summary>
    /// Room for <paramref name="nodes"/> nodes in all: a large world's first replication adds a node per pair it
    /// reaches, and sizing for them at once spares the slack and the copies of growing by doubling.
    /// </summary>
    public void EnsureCapacity(int nodes)
    {
        if (nodes <= _parent.Length) return;
        Array.Resize(ref _parent, nodes);
        Array.Resize(ref _agency, nodes);
        Array.Resize(ref _channel, nodes);
    }

    /// <summary>
    /// Drops the lookup used while folding and the arrays' spare room: a finished run only spells paths out.
    /// Folding more after this rebuilds the lookup.
    /// </summary>
    public void Seal()
    {
        _table = null;
        Array.Resize(ref _parent, Count);
        Array.Resize(ref _agency, Count);
        Array.Resize(ref _channel, Count);
    }

    /// <summary>The kernel's hash of the path: ties between equally frequent paths go to the smaller, as before.</summary>
    public ulong HashOf(int node)
    {
        if (_hashOverrides.TryGetValue(node, out var own)) return own;
        var parent = _parent[node];
        return parent < 0
            ? MetricsCollector.RootPathHash(_agency[node])
            : MetricsCollector.ExtendedPathHash(HashOf(parent), _channel[node], _agency[node]);
    }

    /// <summary>
    /// The hashes that differ from their parent's rule, then every node in node order (a partial fold on the wire):
    /// the overrides come first so that <see cref="AbsorbFrom"/> knows every node's hash as it reads the node.
    /// </summary>
    public void Write(BinaryWriter writer)
    {
        writer.Write(_hashOverrides.Count);
        foreach (var (node, hash) in _hashOverrides)
        {
            writer.Write(node);
            writer.Write(hash);
        }

        writer.Write(Count);
        for (var n = 0; n < Count; n++)
        {
            writer.Write(_parent[n]);
            writer.Write(_agency[n]);
            writer.Write(_channel[n]);
        }
    }

    public int ParentOf(int node) => _parent[node];

    public int AgencyOf(int node) => _agency[node];

    public int ChannelOf(int node) => _channel[node];

    private int Append(int parent, int agency, int channel)
    {
        if (Count == _parent.Length)
        {
            var size = Math.Max(4, 2 * Count);
            Array.Resize(ref _parent, size);
            Array.Resize(ref _agency, size);
            Array.Resize(ref _channel, size);
        }

        var node = Count++;
        (_parent[node], _agency[node], _channel[node]) = (parent, agency, channel);
        return node;
    }

    private int[] Rebuild(int size)
    {
        var table = new int[size];
        var mask = size - 1;
        for (var n = 0; n < Count; n++)
        {
            var i = Slot(_parent[n], _agency[n], _channel[n]) & mask;
            while (table[i] != 0) i = (i + 1) & mask;
            table[i] = n + 1;
        }

        return table;
    }

    /// <summary>
    /// Another trie's nodes being added here in their node order: each node's hash in their trie and in this one is
    /// kept, so a node's hash follows from its parent's in one step instead of a walk to the root.
    /// </summary>
    private readonly struct Absorbing(PathTrie into, int count)
    {
        private readonly ulong[] _theirHash = new ulong[count];
        private readonly ulong[] _ourHash = new ulong[count];

        public int[] NodeOf { get; } = new int[count];

        public void Take(int n, int parent, int agency, int channel, ulong? ownHash)
        {
            var theirs = ownHash ?? (parent < 0 ? MetricsCollector.RootPathHash(agency) : MetricsCollector.ExtendedPathHash(_theirHash[parent], channel, agency));
            var (node, hash) = parent < 0
                ? into.NodeOf(-1, agency, -1, theirs, 0)
                : into.NodeOf(NodeOf[parent], agency, channel, theirs, _ourHash[parent]);
            NodeOf[n] = node;
            _theirHash[n] = theirs;
            _ourHash[n] = hash;
        }
    }

    private static int Slot(int parent, int agency, int channel) => HashCode.Combine(parent, agency, channel) & int.MaxValue;
}
