namespace CoopSim.Simulation.Results;

/// <summary>
/// Every distinct first-delivery path of one alert, as nodes (parent path, agency, channel), so that a path is
/// one integer and paths sharing a prefix share its nodes. Grows with distinct paths, not with replications.
/// A large world run once has a node per reached pair, so nodes are parallel arrays (20 bytes a node) and the
/// lookup is an open-addressing table of node numbers (8 bytes a node at most half full), not a dictionary of
/// tuples (about 40).
/// </summary>
internal sealed class PathTrie
{
    private int[] _parent = new int[4];
    private int[] _agency = new int[4];
    private int[] _channel = new int[4];
    private ulong[] _hash = new ulong[4];

    /// <summary>Node number plus one per slot (0 is empty); a power of two long, at most half full.</summary>
    private int[]? _table = new int[8];

    public int Count { get; private set; }

    /// <summary>The node for <paramref name="agency"/> reached over <paramref name="channel"/> after path <paramref name="parent"/> (-1: the start).</summary>
    public int NodeOf(int parent, int agency, int channel, ulong hash)
    {
        _table ??= Rebuild((int)System.Numerics.BitOperations.RoundUpToPowerOf2((uint)Math.Max(8, 2 * Count + 2)));
        var mask = _table.Length - 1;
        for (var i = Slot(parent, agency, channel) & mask; ; i = (i + 1) & mask)
        {
            var entry = _table[i];
            if (entry == 0)
            {
                var node = Append(parent, agency, channel, hash);
                _table[i] = node + 1;
                if (2 * Count > _table.Length) _table = Rebuild(2 * _table.Length);
                return node;
            }

            var n = entry - 1;
            if (_parent[n] == parent && _agency[n] == agency && _channel[n] == channel) return n;
        }
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
        Array.Resize(ref _hash, Count);
    }

    /// <summary>The kernel's hash of the path: ties between equally frequent paths go to the smaller, as before.</summary>
    public ulong HashOf(int node) => _hash[node];

    public int ParentOf(int node) => _parent[node];

    public int AgencyOf(int node) => _agency[node];

    public int ChannelOf(int node) => _channel[node];

    private int Append(int parent, int agency, int channel, ulong hash)
    {
        if (Count == _parent.Length)
        {
            var size = Math.Max(4, 2 * Count);
            Array.Resize(ref _parent, size);
            Array.Resize(ref _agency, size);
            Array.Resize(ref _channel, size);
            Array.Resize(ref _hash, size);
        }

        var node = Count++;
        (_parent[node], _agency[node], _channel[node], _hash[node]) = (parent, agency, channel, hash);
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

    private static int Slot(int parent, int agency, int channel) => HashCode.Combine(parent, agency, channel) & int.MaxValue;
}
