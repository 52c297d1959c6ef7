namespace CoopSim.Simulation.Results;

/// <summary>
/// Every distinct first-delivery path of one alert, as nodes (parent path, agency, channel), so that a path is
/// one integer and paths sharing a prefix share its nodes. Grows with distinct paths, not with replications.
/// </summary>
internal sealed class PathTrie
{
    private Dictionary<(int Parent, int Agency, int Channel), int>? _nodes = new();
    private readonly List<int> _parent = [];
    private readonly List<int> _agency = [];
    private readonly List<int> _channel = [];
    private readonly List<ulong> _hash = [];

    public int Count => _parent.Count;

    /// <summary>The node for <paramref name="agency"/> reached over <paramref name="channel"/> after path <paramref name="parent"/> (-1: the start).</summary>
    public int NodeOf(int parent, int agency, int channel, ulong hash)
    {
        _nodes ??= Rebuild();
        if (_nodes.TryGetValue((parent, agency, channel), out var node)) return node;
        node = _parent.Count;
        _nodes.Add((parent, agency, channel), node);
        _parent.Add(parent);
        _agency.Add(agency);
        _channel.Add(channel);
        _hash.Add(hash);
        return node;
    }

    /// <summary>
    /// Drops the lookup used while folding and the lists' spare room: a finished run only spells paths out.
    /// Folding more after this rebuilds the lookup.
    /// </summary>
    public void Seal()
    {
        _nodes = null;
        _parent.TrimExcess();
        _agency.TrimExcess();
        _channel.TrimExcess();
        _hash.TrimExcess();
    }

    private Dictionary<(int Parent, int Agency, int Channel), int> Rebuild()
    {
        var nodes = new Dictionary<(int Parent, int Agency, int Channel), int>(_parent.Count);
        for (var i = 0; i < _parent.Count; i++) nodes.Add((_parent[i], _agency[i], _channel[i]), i);
        return nodes;
    }

    /// <summary>The kernel's hash of the path: ties between equally frequent paths go to the smaller, as before.</summary>
    public ulong HashOf(int node) => _hash[node];

    public int ParentOf(int node) => _parent[node];

    public int AgencyOf(int node) => _agency[node];

    public int ChannelOf(int node) => _channel[node];
}
