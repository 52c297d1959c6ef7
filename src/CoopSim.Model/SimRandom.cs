namespace CoopSim.Model;

/// <summary>
/// xoshiro256** seeded through SplitMix64: fast, small, and the same sequence on every platform and
/// runtime, which <see cref="System.Random"/> does not promise.
/// </summary>
public struct SimRandom
{
    private ulong _s0, _s1, _s2, _s3;

    public SimRandom(ulong seed)
    {
        var x = seed;
        _s0 = SplitMix(ref x);
        _s1 = SplitMix(ref x);
        _s2 = SplitMix(ref x);
        _s3 = SplitMix(ref x);
    }

    /// <summary>
    /// The stream of one agency in one replication (docs/architecture.md, "Time and chance"). Keyed by the agency's id, not its
    /// index, so that adding an agency to a what-if world leaves every other agency's draws unchanged.
    /// </summary>
    public static SimRandom ForStream(ulong scenarioSeed, int replication, string streamId) =>
        ForStream(scenarioSeed, replication, StableHash.Of(streamId));

    /// <summary>The same stream, from <see cref="StableHash.Of"/> of its id computed once (it is the same every replication).</summary>
    public static SimRandom ForStream(ulong scenarioSeed, int replication, ulong streamIdHash)
    {
        var x = scenarioSeed * 0x9E3779B97F4A7C15UL ^ (ulong)(uint)replication * 0xD1B54A32D192ED03UL ^ streamIdHash;
        return new SimRandom(SplitMix(ref x));
    }

    public ulong NextUInt64()
    {
        var result = RotateLeft(_s1 * 5, 7) * 9;
        var t = _s1 << 17;
        _s2 ^= _s0;
        _s3 ^= _s1;
        _s1 ^= _s2;
        _s0 ^= _s3;
        _s2 ^= t;
        _s3 = RotateLeft(_s3, 45);
        return result;
    }

    /// <summary>A double uniform on [0, 1).</summary>
    public double NextDouble() => (NextUInt64() >> 11) * (1.0 / (1UL << 53));

    /// <summary>A double uniform on (0, 1], safe to take the logarithm of.</summary>
    public double NextOpenDouble() => ((NextUInt64() >> 11) + 1) * (1.0 / (1UL << 53));

    /// <summary>A standard normal variate (Box–Muller; one of the pair is discarded to keep draws 1:1 with calls).</summary>
    public double NextStandardNormal()
    {
        var u1 = NextOpenDouble();
        var u2 = NextDouble();
        return Math.Sqrt(-2.0 * Math.Log(u1)) * Math.Cos(2.0 * Math.PI * u2);
    }

    private static ulong RotateLeft(ulong x, int k) => (x << k) | (x >> (64 - k));

    private static ulong SplitMix(ref ulong x)
    {
        var z = x += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}
