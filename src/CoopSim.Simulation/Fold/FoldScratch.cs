namespace CoopSim.Simulation.Fold;

/// <summary>
/// Working space for folding one alert of one replication, shared by every alert: per-agency path nodes
/// stamped with the replication they belong to (so nothing is cleared between replications) and the first
/// record per country.
/// </summary>
internal sealed class FoldScratch
{
    public const int InProgress = -2;

    private readonly int[] _node;
    private readonly int[] _stamp;
    private readonly ulong[] _nodeHash;
    private readonly int[] _position;
    private readonly int[] _positionStamp;
    private int _current;

    public FoldScratch(int agencies, int countries)
    {
        _node = new int[agencies];
        _stamp = new int[agencies];
        _nodeHash = new ulong[agencies];
        _position = new int[agencies];
        _positionStamp = new int[agencies];
        FirstInCountry = new int[countries];
        Array.Fill(FirstInCountry, -1);
        TouchedCountries = new int[countries];
    }

    /// <summary>Per country: the index of its earliest record so far in this replication, or -1.</summary>
    public int[] FirstInCountry { get; }

    /// <summary>The countries with a record in this replication, in the order first seen.</summary>
    public int[] TouchedCountries { get; }

    public void NextReplication() => _current++;

    /// <summary>Where <paramref name="agency"/>'s record is in this replication's records.</summary>
    public void SetPosition(int agency, int position)
    {
        _position[agency] = position;
        _positionStamp[agency] = _current;
    }

    /// <summary>The position of <paramref name="agency"/>'s record in this replication, or -1 if it was not reached.</summary>
    public int PositionOf(int agency) => _positionStamp[agency] == _current ? _position[agency] : -1;

    public bool TryGetNode(int agency, out int node)
    {
        node = _node[agency];
        return _stamp[agency] == _current && node != InProgress;
    }

    public bool IsInProgress(int agency) => _stamp[agency] == _current && _node[agency] == InProgress;

    /// <summary>The path hash of <paramref name="agency"/>'s node in this replication (set with it).</summary>
    public ulong NodeHashOf(int agency) => _nodeHash[agency];

    public void SetNode(int agency, int node, ulong hash)
    {
        _node[agency] = node;
        _nodeHash[agency] = hash;
        _stamp[agency] = _current;
    }
}
