using CoopSim.Simulation.Results;

namespace CoopSim.Simulation.Fold;

/// <summary>
/// The reach records a partition's agencies made in one replication, in the order they made them, one after
/// another in chunks. The event loop only appends here: filing each record into its agency's list wrote to a
/// random cold line per act (18% of the kernel's samples, measured with perf), and filing them in batches at
/// each window's end still cost 13%. The fold wants each alert's records, not each agency's, so it regroups
/// straight from the logs (<see cref="AlertRegrouper"/>); a path that reads agencies' lists (a replication kept
/// whole) files the log into them once, at the end (<see cref="FileAll"/>). An agency's
/// records keep their order either way: one partition holds the agency, and its log is in event order.
/// </summary>
internal sealed class ReachLog
{
    /// <summary>Entries per chunk (1.5 MiB): appending never copies what is logged, and a chunk is reused by the next replication.</summary>
    public const int ChunkSize = 1 << 15;

    private readonly List<LoggedReach[]> _chunks;

    /// <summary>The chunk being appended to, and how much of it is used.</summary>
    private LoggedReach[] _current;
    private int _used;
    private int _chunk;
    private Dictionary<int, ReachRecord>? _wide;

    /// <summary>
    /// The first chunk starts small and grows by doubling to <see cref="ChunkSize"/>: a kernel is made per worker
    /// and per run, and a small world logs a dozen records per replication.
    /// </summary>
    public ReachLog()
    {
        _current = new LoggedReach[64];
        _chunks = [_current];
    }

    public int Count { get; private set; }

    /// <summary>Logs a record of its agency (<see cref="ReachRecord.Agency"/>) for <paramref name="alert"/>.</summary>
    public void Add(int alert, in ReachRecord record)
    {
        if (_used == _current.Length) NextChunk();
        ref var e = ref _current[_used++];
        e.Alert = alert;
        e.Reach.Agency = record.Agency;
        if (!PackedReach.TryPack(record, out e.Reach.Record)) (_wide ??= [])[Count] = record;
        Count++;
    }

    /// <summary>The logged entries, chunk by chunk, in log order (a chunk's filled part each).</summary>
    public int ChunkCount => _chunk + 1;

    public ReadOnlySpan<LoggedReach> Chunk(int index) =>
        _chunks[index].AsSpan(0, index == _chunk ? _used : _chunks[index].Length);

    /// <summary>The record kept whole for the entry at <paramref name="position"/> (an entry marked <see cref="PackedReach.Wide"/>).</summary>
    public ReachRecord Wide(int position) => _wide![position];

    /// <summary>The record of entry <paramref name="position"/>, whole.</summary>
    public ReachRecord RecordAt(int position, in LoggedReach entry) =>
        entry.Reach.Record.Wide ? _wide![position] : entry.Reach.Record.Unpack(entry.Reach.Agency);

    /// <summary>Files every logged record into its agency's list (<paramref name="lists"/>, by agency), in log order, and empties the log.</summary>
    public void FileAll(ReachList[] lists)
    {
        var position = 0;
        for (var c = 0; c < ChunkCount; c++)
        {
            foreach (ref readonly var e in Chunk(c))
            {
                lists[e.Reach.Agency].Add(e.Alert, RecordAt(position, e));
                position++;
            }
        }

        Clear();
    }

    public void Clear()
    {
        Count = 0;
        _used = 0;
        _chunk = 0;
        _current = _chunks[0];
        _wide?.Clear();
    }

    private void NextChunk()
    {
        if (_chunk == 0 && _current.Length < ChunkSize)
        {
            Array.Resize(ref _current, Math.Min(ChunkSize, 2 * _current.Length));
            _chunks[0] = _current;
            return;
        }

        _chunk++;
        if (_chunk == _chunks.Count) _chunks.Add(new LoggedReach[ChunkSize]);
        _current = _chunks[_chunk];
        _used = 0;
    }
}
