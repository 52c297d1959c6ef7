namespace CoopSim.Simulation.Statistics;

/// <summary>
/// Counts of integer values in HdrHistogram's log-linear layout at 3 significant digits (2,048 sub-buckets
/// per power of two), kept sparse as sorted (bucket, count) arrays: memory grows with the buckets in use,
/// at most about 44,000 for any <see cref="long"/> range, never with the number of values. Values below
/// 2,048 in magnitude have a bucket of their own (exact); above that a bucket spans less than 1/1,024 of
/// its values, and <see cref="ValueAt"/> answers the bucket's middle, within 1/2,048 (0.05%) of any value in it.
/// </summary>
internal sealed class LogLinearHistogram
{
    private const int SubBucketBits = 11;
    private const long SubBucketCount = 1L << SubBucketBits;
    private const long HalfSubBucketCount = SubBucketCount / 2;

    private long[] _keys = new long[64];
    private long[] _counts = new long[64];
    private int _used;

    /// <summary>Adds values already sorted ascending (a flushed buffer), merging them into the sorted buckets.</summary>
    public void AddSorted(ReadOnlySpan<long> sorted)
    {
        if (sorted.IsEmpty) return;
        // Runs of equal buckets first, then one merge pass with the existing buckets.
        var keys = new long[sorted.Length];
        var counts = new long[sorted.Length];
        var n = 0;
        foreach (var v in sorted)
        {
            var key = KeyOf(v);
            if (n > 0 && keys[n - 1] == key)
            {
                counts[n - 1]++;
            }
            else
            {
                keys[n] = key;
                counts[n++] = 1;
            }
        }

        var mergedKeys = new long[Math.Max(64, _used + n)];
        var mergedCounts = new long[mergedKeys.Length];
        int i = 0, j = 0, m = 0;
        while (i < _used || j < n)
        {
            if (j >= n || (i < _used && _keys[i] < keys[j]))
            {
                mergedKeys[m] = _keys[i];
                mergedCounts[m++] = _counts[i++];
            }
            else if (i >= _used || keys[j] < _keys[i])
            {
                mergedKeys[m] = keys[j];
                mergedCounts[m++] = counts[j++];
            }
            else
            {
                mergedKeys[m] = _keys[i];
                mergedCounts[m++] = _counts[i++] + counts[j++];
            }
        }

        _keys = mergedKeys;
        _counts = mergedCounts;
        _used = m;
    }

    /// <summary>Adds every value counted in <paramref name="other"/> (bucket by bucket: both share one layout).</summary>
    public void AddFrom(LogLinearHistogram other)
    {
        var mergedKeys = new long[Math.Max(64, _used + other._used)];
        var mergedCounts = new long[mergedKeys.Length];
        int i = 0, j = 0, m = 0;
        while (i < _used || j < other._used)
        {
            if (j >= other._used || (i < _used && _keys[i] < other._keys[j]))
            {
                mergedKeys[m] = _keys[i];
                mergedCounts[m++] = _counts[i++];
            }
            else if (i >= _used || other._keys[j] < _keys[i])
            {
                mergedKeys[m] = other._keys[j];
                mergedCounts[m++] = other._counts[j++];
            }
            else
            {
                mergedKeys[m] = _keys[i];
                mergedCounts[m++] = _counts[i++] + other._counts[j++];
            }
        }

        _keys = mergedKeys;
        _counts = mergedCounts;
        _used = m;
    }

    /// <summary>The value of nearest rank <paramref name="rank"/> (1-based) among everything added.</summary>
    public long ValueAt(long rank)
    {
        long seen = 0;
        for (var i = 0; i < _used; i++)
        {
            seen += _counts[i];
            if (seen >= rank) return Representative(_keys[i]);
        }

        return Representative(_keys[_used - 1]);
    }

    /// <summary>A bucket key that orders like the values: negative values mirror positive ones.</summary>
    internal static long KeyOf(long value) => value < 0 ? -IndexOf(value == long.MinValue ? long.MaxValue : -value) - 1 : IndexOf(value);

    internal static long Representative(long key)
    {
        if (key < 0) return -Middle(-key - 1);
        return Middle(key);
    }

    private static long IndexOf(long magnitude)
    {
        if (magnitude < SubBucketCount) return magnitude;
        // Bucket b holds [1024·2^b, 2048·2^b) in steps of 2^b.
        var shift = 64 - SubBucketBits - long.LeadingZeroCount(magnitude);
        return SubBucketCount + (shift - 1) * HalfSubBucketCount + ((magnitude >> (int)shift) - HalfSubBucketCount);
    }

    private static long Middle(long index)
    {
        if (index < SubBucketCount) return index;
        var shift = (index - SubBucketCount) / HalfSubBucketCount + 1;
        var sub = (index - SubBucketCount) % HalfSubBucketCount + HalfSubBucketCount;
        var low = sub << (int)shift;
        return low + ((1L << (int)shift) >> 1);
    }
}
