using CoopSim.Simulation.Results;

namespace CoopSim.Simulation.Fold;

/// <summary>
/// Where each agency's record is in one alert's records, and which records are summed: stamped per alert, so
/// nothing is cleared and it costs nothing per agency.
/// </summary>
internal sealed class PathScratch(int agencies)
{
    private readonly int[] _position = new int[agencies];
    private readonly int[] _positionStamp = new int[agencies];
    private int[] _summedStamp = [];
    private int _current;

    public Stack<int> Chain { get; } = new();

    public void Start(ReadOnlySpan<ReachRecord> records)
    {
        _current++;
        if (_summedStamp.Length < records.Length) _summedStamp = new int[Math.Max(records.Length, 2 * _summedStamp.Length)];
        for (var i = 0; i < records.Length; i++)
        {
            _position[records[i].Agency] = i;
            _positionStamp[records[i].Agency] = _current;
        }
    }

    /// <summary>The position of record <paramref name="i"/>'s sender, if it has one among the records that acted before it; else -1.</summary>
    public int SenderOf(ReadOnlySpan<ReachRecord> records, int i)
    {
        ref readonly var r = ref records[i];
        if (r.FromAgency < 0 || _positionStamp[r.FromAgency] != _current) return -1;
        var s = _position[r.FromAgency];
        ref readonly var sender = ref records[s];
        return sender.AtMs < r.AtMs || (sender.AtMs == r.AtMs && sender.Agency < r.Agency) ? s : -1;
    }

    public bool IsSummed(int i) => _summedStamp[i] == _current;

    public void MarkSummed(int i) => _summedStamp[i] = _current;
}
