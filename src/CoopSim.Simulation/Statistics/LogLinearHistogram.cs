using System.Buffers;
using System.Numerics;

namespace CoopSim.Simulation.Statistics;

/// <summary>
/// Counts of integer values in HdrHistogram's log-linear layout at 4,096 sub-buckets per power of two, kept
/// sparse as sorted (bucket, count, smallest value) arrays: memory grows with the buckets in use, at most
/// 108,544 for non-negative values (twice that over the whole <see cref="long"/> range), never with the number
/// of values. Values below 4,096 in magnitude have a bucket of their own (exact); above that a bucket spans
/// less than 1/2,048 of its values. <see cref="ValueAt"/> answers the smallest value observed in the rank's
/// bucket: a value that occurred (an atom such as a fixed 10 h delay stays exact), within 1/2,048 (0.05%) of
/// the exact nearest-rank value, which lies in the same bucket. The smallest value is order-free, so merges
/// in any order give the same answers.
/// </summary>
internal sealed class LogLinearHistogram
{
    private const int SubBucketBits = 12;
    private const long SubBucketCount = 1L << SubBucketBits;
    private const long HalfSubBucketCount = SubBucketCount / 2;

    private long[] _keys = new long[64];
    private long[] _counts = new long[64];
    private long[] _smallest = new long[64];
    private int _used;

    /// <summary>Keys lie in [-108,544, 108,543]; shifted by this they are non-negative and fit in 18 bits.</summary>
    private const long KeyShift = 108_544;

    /// <summary>Bits per pass of the key sort: two passes cover the 18-bit shifted keys.</summary>
    private const int RadixBits = 9;

    /// <summary>
    /// Adds values in any order (a flushed buffer). (key, value) pairs are sorted by key with two counting passes
    /// (keys are small integers: cheaper than sorting the values), counted in runs, each run keeping its smallest
    /// value, and merged into the buckets. A sketch flushes every few thousand values for as long as a run goes
    /// on, so the scratch is pooled and nothing is allocated.
    /// </summary>
    public void Add(ReadOnlySpan<long> values)
    {
        if (values.IsEmpty) return;
        var n = values.Length;
        var keys = ArrayPool<long>.Shared.Rent(n);
        var sortedKeys = ArrayPool<long>.Shared.Rent(n);
        var vals = ArrayPool<long>.Shared.Rent(n);
        var sortedVals = ArrayPool<long>.Shared.Rent(n);
        for (var i = 0; i < n; i++) keys[i] = KeyOf(values[i]) + KeyShift;
        values.CopyTo(vals);
        SortPass(keys.AsSpan(0, n), vals, sortedKeys, sortedVals, 0);
        SortPass(sortedKeys.AsSpan(0, n), sortedVals, keys, vals, RadixBits);

        // Runs of equal keys, written over the scratch already read: run r is written after key r was read.
        var counts = sortedKeys;
        var smallest = sortedVals;
        var runs = 0;
        for (var i = 0; i < n; i++)
        {
            var key = keys[i] - KeyShift;
            var value = vals[i];
            if (runs > 0 && keys[runs - 1] == key)
            {
                counts[runs - 1]++;
                if (value < smallest[runs - 1]) smallest[runs - 1] = value;
            }
            else
            {
                keys[runs] = key;
                counts[runs] = 1;
                smallest[runs++] = value;
            }
        }

        Merge(keys.AsSpan(0, runs), counts.AsSpan(0, runs), smallest.AsSpan(0, runs));
        ArrayPool<long>.Shared.Return(keys);
        ArrayPool<long>.Shared.Return(sortedKeys);
        ArrayPool<long>.Shared.Return(vals);
        ArrayPool<long>.Shared.Return(sortedVals);
    }

    /// <summary>One stable counting pass of a least-significant-digit radix sort of (key, value) pairs, on key bits [shift, shift + RadixBits).</summary>
    private static void SortPass(ReadOnlySpan<long> fromKeys, long[] fromValues, long[] toKeys, long[] toValues, int shift)
    {
        const int digits = 1 << RadixBits;
        Span<int> start = stackalloc int[digits + 1];
        start.Clear();
        foreach (var key in fromKeys) start[(int)(key >> shift & (digits - 1)) + 1]++;
        for (var d = 0; d < digits; d++) start[d + 1] += start[d];
        for (var i = 0; i < fromKeys.Length; i++)
        {
            var to = start[(int)(fromKeys[i] >> shift & (digits - 1))]++;
            toKeys[to] = fromKeys[i];
            toValues[to] = fromValues[i];
        }
    }

    /// <summary>Adds every value counted in <paramref name="other"/> (bucket by bucket: both share one layout).</summary>
    public void AddFrom(LogLinearHistogram other) =>
        Merge(other._keys.AsSpan(0, other._used), other._counts.AsSpan(0, other._used), other._smallest.AsSpan(0, other._used));

    /// <summary>The buckets in use, for <see cref="Read"/> (a partial fold on the wire).</summary>
    public void Write(BinaryWriter writer)
    {
        writer.Write(_used);
        for (var i = 0; i < _used; i++)
        {
            writer.Write(_keys[i]);
            writer.Write(_counts[i]);
            writer.Write(_smallest[i]);
        }
    }

    public static LogLinearHistogram Read(BinaryReader reader)
    {
        var used = reader.ReadInt32();
        var size = Math.Max(64, (int)BitOperations.RoundUpToPowerOf2((uint)Math.Max(1, used)));
        var histogram = new LogLinearHistogram { _keys = new long[size], _counts = new long[size], _smallest = new long[size], _used = used };
        for (var i = 0; i < used; i++)
        {
            histogram._keys[i] = reader.ReadInt64();
            histogram._counts[i] = reader.ReadInt64();
            histogram._smallest[i] = reader.ReadInt64();
        }

        return histogram;
    }

    /// <summary>Buckets in use (each costs three <see cref="long"/>s).</summary>
    public int Buckets => _used;

    /// <summary>
    /// Merges ascending, distinct <paramref name="keys"/> with their <paramref name="counts"/> and smallest values into
    /// the buckets, in place: from the largest key down, written from the end of the room the merge can need, then
    /// moved to the front. The write position never reaches a bucket not yet read (it stays above it by the number
    /// of incoming keys not yet merged, plus one), so no second set of arrays is needed.
    /// </summary>
    private void Merge(ReadOnlySpan<long> keys, ReadOnlySpan<long> counts, ReadOnlySpan<long> smallest)
    {
        if (keys.IsEmpty) return;
        var top = _used + keys.Length;
        if (_keys.Length < top)
        {
            var size = Math.Max(64, (int)BitOperations.RoundUpToPowerOf2((uint)top));
            Array.Resize(ref _keys, size);
            Array.Resize(ref _counts, size);
            Array.Resize(ref _smallest, size);
        }

        int i = _used - 1, j = keys.Length - 1, w = top;
        while (i >= 0 || j >= 0)
        {
            long key, count, least;
            if (j < 0 || (i >= 0 && _keys[i] > keys[j]))
            {
                key = _keys[i];
                least = _smallest[i];
                count = _counts[i--];
            }
            else
            {
                key = keys[j];
                least = smallest[j];
                count = counts[j--];
            }

            if (w < top && _keys[w] == key)
            {
                _counts[w] += count;
                if (least < _smallest[w]) _smallest[w] = least;
            }
            else
            {
                w--;
                _keys[w] = key;
                _counts[w] = count;
                _smallest[w] = least;
            }
        }

        _used = top - w;
        if (w == 0) return;
        Array.Copy(_keys, w, _keys, 0, _used);
        Array.Copy(_counts, w, _counts, 0, _used);
        Array.Copy(_smallest, w, _smallest, 0, _used);
    }

    /// <summary>The smallest value observed in the bucket of nearest rank <paramref name="rank"/> (1-based) among everything added.</summary>
    public long ValueAt(long rank)
    {
        long seen = 0;
        for (var i = 0; i < _used; i++)
        {
            seen += _counts[i];
            if (seen >= rank) return _smallest[i];
        }

        return _smallest[_used - 1];
    }

    /// <summary>A bucket key that orders like the values: negative values mirror positive ones.</summary>
    internal static long KeyOf(long value) => value < 0 ? -IndexOf(value == long.MinValue ? long.MaxValue : -value) - 1 : IndexOf(value);

    private static long IndexOf(long magnitude)
    {
        if (magnitude < SubBucketCount) return magnitude;
        // Bucket b holds [2048·2^b, 4096·2^b) in steps of 2^b.
        var shift = 64 - SubBucketBits - long.LeadingZeroCount(magnitude);
        return SubBucketCount + (shift - 1) * HalfSubBucketCount + ((magnitude >> (int)shift) - HalfSubBucketCount);
    }
}
