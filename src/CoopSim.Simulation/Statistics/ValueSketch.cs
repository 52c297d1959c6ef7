namespace CoopSim.Simulation.Statistics;

/// <summary>
/// A running summary of integer observations (milliseconds, counts) folded one at a time, in bounded memory.
/// Count, mean, variance, minimum and maximum are exact (integer sums, 128-bit for the squares), so they do
/// not depend on the order of folding. Percentiles are exact (nearest rank) while there are at most
/// <see cref="ExactBudget"/> observations; past that the observations go into a
/// <see cref="LogLinearHistogram"/> (3 significant digits: within 0.05% of the exact nearest-rank value).
/// One observation keeps no buffer at all, so a world of millions of reached pairs with one replication
/// costs a few words per pair.
/// </summary>
internal struct ValueSketch
{
    /// <summary>Observations kept exactly (8 bytes each, so at most 32 KiB per sketch) before percentiles switch to the histogram.</summary>
    public const int ExactBudget = 4096;

    private long _sum;
    private Int128 _sumOfSquares;
    private long _min;
    private long _max;
    private long[]? _buffer;
    private LogLinearHistogram? _histogram;
    private int _buffered;

    /// <summary>Observations so far; one per replication at most, so an <see cref="int"/> holds it.</summary>
    public int Count { get; private set; }

    public readonly long Sum => _sum;

    public void Add(long value)
    {
        if (Count == 0)
        {
            _min = _max = value;
        }
        else
        {
            if (value < _min) _min = value;
            if (value > _max) _max = value;
            if (_buffer is null)
            {
                // The first observation lives in _min; it joins the buffer with the second.
                _buffer = new long[4];
                _buffer[_buffered++] = _min == value ? _max : _min;
            }
            else if (_buffered == _buffer.Length)
            {
                if (_buffer.Length < ExactBudget)
                {
                    Array.Resize(ref _buffer, Math.Min(ExactBudget, _buffer.Length * 2));
                }
                else
                {
                    (_histogram ??= new LogLinearHistogram()).Add(_buffer);
                    _buffered = 0;
                }
            }

            _buffer[_buffered++] = value;
        }

        Count++;
        _sum += value;
        _sumOfSquares += (Int128)value * value;
    }

    /// <summary>
    /// Takes in every observation of <paramref name="other"/> (which must not be used afterwards), so that every
    /// answer is the one giving them one by one would give: exact while the two hold at most
    /// <see cref="ExactBudget"/> observations together, otherwise the same multiset between the histogram and the
    /// loose buffer (which is all the answers read). Workers that fold replications apart are merged with this.
    /// </summary>
    public void Merge(ref ValueSketch other)
    {
        if (other.Count == 0) return;
        if (Count == 0)
        {
            this = other;
            other = default;
            return;
        }

        var count = Count + other.Count;
        ReadOnlySpan<long> theirs = other.Count == 1 ? [other._min] : other._buffer.AsSpan(0, other._buffered);
        if (other._histogram is null && _histogram is null && count <= ExactBudget)
        {
            // Theirs join ours in place, the buffer doubling as Add's does: a client merging a hundred blocks into
            // one sketch copied the whole buffer at every merge (the capacity never shows in an answer, only the
            // multiset does, and it stays within the exact budget since the count does).
            var capacity = Math.Max(4, (int)System.Numerics.BitOperations.RoundUpToPowerOf2((uint)count));
            if (Count == 1)
            {
                _buffer = new long[capacity];
                _buffer[0] = _min;
                _buffered = 1;
            }
            else if (_buffer!.Length < count)
            {
                Array.Resize(ref _buffer, capacity);
            }

            theirs.CopyTo(_buffer.AsSpan(_buffered));
            _buffered = count;
        }
        else
        {
            // Once there is a histogram only the multiset counts (percentiles put the loose values into it before
            // answering), so ours stay loose and theirs join them while they fit: merging workers' sketches then
            // costs the histograms' buckets rather than two flushed buffers each (it was most of the merge).
            _histogram ??= new LogLinearHistogram();
            if (other._histogram is not null) _histogram.AddFrom(other._histogram);
            if (Count == 1)
            {
                _buffer = new long[4];
                _buffer[0] = _min;
                _buffered = 1;
            }

            var loose = _buffered + theirs.Length;
            if (loose <= ExactBudget)
            {
                if (_buffer!.Length < loose) Array.Resize(ref _buffer, (int)System.Numerics.BitOperations.RoundUpToPowerOf2((uint)loose));
                theirs.CopyTo(_buffer.AsSpan(_buffered));
                _buffered = loose;
            }
            else
            {
                _histogram.Add(theirs);
            }
        }

        _sum += other._sum;
        _sumOfSquares += other._sumOfSquares;
        _min = Math.Min(_min, other._min);
        _max = Math.Max(_max, other._max);
        Count = count;
        other = default;
    }

    /// <summary>
    /// Puts the loose observations into the histogram once there is one (they go there anyway before any
    /// percentile is read, and only the multiset counts then): a worker does it for its own sketches while the
    /// others still run, so that neither the merge nor the summaries do it one after another at the end.
    /// Exact sketches (no histogram yet) are left as they are.
    /// </summary>
    public void Compact()
    {
        if (_histogram is null || _buffered == 0) return;
        _histogram.Add(_buffer.AsSpan(0, _buffered));
        _buffered = 0;
    }

    /// <summary>
    /// Writes every field as it is, so that <see cref="Read"/> gives a sketch that answers and merges exactly as this
    /// one: a silo's partial fold crosses the wire this way (docs/orleans.md, "Blocks").
    /// </summary>
    public readonly void Write(BinaryWriter writer)
    {
        writer.Write(Count);
        if (Count == 0) return;
        writer.Write(_sum);
        writer.Write((ulong)(_sumOfSquares >> 64));
        writer.Write((ulong)_sumOfSquares);
        writer.Write(_min);
        writer.Write(_max);
        writer.Write(_buffer?.Length ?? -1);
        writer.Write(_buffered);
        for (var i = 0; i < _buffered; i++) writer.Write(_buffer![i]);
        writer.Write(_histogram is not null);
        _histogram?.Write(writer);
    }

    /// <summary>The sketch <see cref="Write"/> wrote.</summary>
    public static ValueSketch Read(BinaryReader reader)
    {
        var sketch = new ValueSketch { Count = reader.ReadInt32() };
        if (sketch.Count == 0) return sketch;
        sketch._sum = reader.ReadInt64();
        var upper = reader.ReadUInt64();
        sketch._sumOfSquares = (Int128)new UInt128(upper, reader.ReadUInt64());
        sketch._min = reader.ReadInt64();
        sketch._max = reader.ReadInt64();
        var capacity = reader.ReadInt32();
        sketch._buffered = reader.ReadInt32();
        if (capacity >= 0)
        {
            sketch._buffer = new long[capacity];
            for (var i = 0; i < sketch._buffered; i++) sketch._buffer[i] = reader.ReadInt64();
        }

        if (reader.ReadBoolean()) sketch._histogram = LogLinearHistogram.Read(reader);
        return sketch;
    }

    /// <summary>
    /// Time to act over all <paramref name="replications"/>, of which these observations are the ones that got
    /// there: the percentiles count every other replication as never (+∞), the rule <c>check</c> and
    /// <c>compare</c> use too (Stats.SummarizeTimes), so a p90 is "9 runs in 10 had acted by then". The mean, its
    /// interval, the minimum and the maximum are over the replications that got there.
    /// </summary>
    public Summary SummarizeTimes(double divisor, int replications)
    {
        var conditional = Summarize(divisor);
        if (Count == 0 || replications <= Count) return conditional;
        return conditional with
        {
            P50 = AtRankOfAll(0.5, replications, divisor),
            P90 = AtRankOfAll(0.9, replications, divisor),
            P99 = AtRankOfAll(0.99, replications, divisor),
        };
    }

    /// <summary>The summary in output units: every value divided by <paramref name="divisor"/>.</summary>
    public Summary Summarize(double divisor)
    {
        if (Count == 0) return Summary.Empty;
        if (Count == 1) return new Summary(1, _min / divisor, _min / divisor, _min / divisor, _min / divisor, _min / divisor, _min / divisor, _min / divisor, _min / divisor);
        var n = Count;
        var mean = _sum / (double)n / divisor;
        // n·Σx² − (Σx)² is exact in 128 bits; the variance follows from it without cancellation.
        var spread = (double)((Int128)n * _sumOfSquares - (Int128)_sum * _sum);
        var sd = Math.Sqrt(Math.Max(0, spread) / ((double)n * (n - 1))) / divisor;
        var half = Stats.Z95 * sd / Math.Sqrt(n);
        Span<long> percentiles = stackalloc long[3];
        Percentiles(percentiles);
        return new Summary(n, mean, percentiles[0] / divisor, percentiles[1] / divisor, percentiles[2] / divisor,
            mean - half, mean + half, _min / divisor, _max / divisor);
    }

    /// <summary>Nearest-rank percentile <paramref name="p"/> of <paramref name="total"/> values, the ones not observed being +∞.</summary>
    private double AtRankOfAll(double p, int total, double divisor)
    {
        var rank = Math.Max(1, (long)Math.Ceiling(p * total));
        if (rank > Count) return double.PositiveInfinity;
        if (Count == 1) return _min / divisor;
        if (_histogram is null)
        {
            Array.Sort(_buffer!, 0, _buffered);
            return _buffer![rank - 1] / divisor;
        }

        if (_buffered > 0)
        {
            _histogram.Add(_buffer.AsSpan(0, _buffered));
            _buffered = 0;
        }

        return Math.Clamp(_histogram.ValueAt(rank), _min, _max) / divisor;
    }

    private void Percentiles(Span<long> result)
    {
        ReadOnlySpan<double> ps = [0.5, 0.9, 0.99];
        if (_histogram is null)
        {
            Array.Sort(_buffer!, 0, _buffered);
            for (var i = 0; i < ps.Length; i++)
                result[i] = _buffer![Math.Clamp((int)Math.Ceiling(ps[i] * _buffered) - 1, 0, _buffered - 1)];
            return;
        }

        _histogram.Add(_buffer.AsSpan(0, _buffered));
        _buffered = 0;
        for (var i = 0; i < ps.Length; i++)
            result[i] = Math.Clamp(_histogram.ValueAt(Math.Clamp((long)Math.Ceiling(ps[i] * (double)Count), 1, Count)), _min, _max);
    }
}
