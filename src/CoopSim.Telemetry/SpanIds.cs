using System.Buffers.Binary;
using System.Diagnostics;
using System.Runtime.CompilerServices;
using System.Security.Cryptography;
using System.Text;

namespace CoopSim.Telemetry;

/// <summary>
/// Trace and span ids derived from (scenario, seed, replication, alert, hop), so that the same run exports
/// the same ids: two trace files of one run can be diffed, and a span id quoted in a report finds its span again.
/// </summary>
/// <remarks>
/// System.Diagnostics offers no public way to choose an activity's span id (dotnet/runtime#46704 added only a
/// process-wide trace-id generator), so the ids are written into the started activity through
/// <see cref="UnsafeAccessorAttribute"/>. Should a future runtime rename those fields, <see cref="Supported"/>
/// turns false and spans keep their random ids rather than failing the run.
/// </remarks>
internal static class SpanIds
{
    private static bool _supported = true;

    /// <summary>False once the runtime refused the id override; ids are random from then on.</summary>
    public static bool Supported => _supported;

    /// <summary>The trace of one alert in one replication.</summary>
    public static ActivityTraceId Trace(string scenario, ulong seed, int replication, string alertId)
    {
        var text = Encoding.UTF8.GetBytes($"coopsim/1\n{scenario}\n{seed}\n{replication}\n{alertId}");
        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(text, hash);
        return ActivityTraceId.CreateFromBytes(hash[..16]);
    }

    /// <summary>A span of a trace: hop -1 is the root (the issue), hops 0..n-1 are the replication's hops.</summary>
    public static ActivitySpanId Span(ActivityTraceId trace, int hopId)
    {
        Span<byte> bytes = stackalloc byte[16];
        trace.CopyTo(bytes);
        var mixed = Mix(BinaryPrimitives.ReadUInt64BigEndian(bytes) ^ Mix(BinaryPrimitives.ReadUInt64BigEndian(bytes[8..]) + (ulong)(long)hopId));

        // The all-zero span id means "no span" in W3C trace context.
        if (mixed == 0) mixed = 1;
        BinaryPrimitives.WriteUInt64BigEndian(bytes, mixed);
        return ActivitySpanId.CreateFromBytes(bytes[..8]);
    }

    /// <summary>Gives a started activity the chosen ids; its children must be created after this.</summary>
    internal static void Assign(Activity activity, ActivityTraceId? trace, ActivitySpanId span)
    {
        if (!_supported) return;
        try
        {
            if (trace is { } t) TraceIdField(activity) = t.ToHexString();
            SpanIdField(activity) = span.ToHexString();

            // Id ("00-trace-span-flags") is cached from the random ids; let it be rebuilt from the new ones.
            IdField(activity) = null;
        }
        catch (Exception ex) when (ex is MissingFieldException or MissingMemberException)
        {
            _supported = false;
        }
    }

    // SplitMix64's finaliser: every input bit reaches every output bit, so neighbouring hops get unrelated ids.
    private static ulong Mix(ulong z)
    {
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    [UnsafeAccessor(UnsafeAccessorKind.Field, Name = "_traceId")]
    private static extern ref string? TraceIdField(Activity activity);

    [UnsafeAccessor(UnsafeAccessorKind.Field, Name = "_spanId")]
    private static extern ref string? SpanIdField(Activity activity);

    [UnsafeAccessor(UnsafeAccessorKind.Field, Name = "_id")]
    private static extern ref string? IdField(Activity activity);
}
