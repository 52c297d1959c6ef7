using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics.X86;

namespace CoopSim.Simulation.Kernel;

/// <summary>
/// Asks the processor to start loading memory the next event will read, while the current one is handled.
/// The event loop is bound by memory latency (each event reads a few cold lines of a random agency), and a
/// prefetch never faults nor changes a result: a stale or wrong address only wastes the hint. A no-op where
/// the instruction is not available.
/// </summary>
internal static unsafe class CachePrefetch
{
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Element<T>(T[] array, int index)
    {
        if (Sse.IsSupported && (uint)index < (uint)array.Length)
            Sse.Prefetch0(Unsafe.AsPointer(ref array[index]));
    }

    /// <summary>The line holding <paramref name="location"/>, which the caller knows to be inside its array.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Ref<T>(ref T location)
    {
        if (Sse.IsSupported) Sse.Prefetch0(Unsafe.AsPointer(ref location));
    }

    /// <summary>The first two cache lines of an object (its header and first fields).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Object(object instance)
    {
        if (!Sse.IsSupported) return;
        // The address is only a hint: if the object moves before the load, the hint is wasted, nothing else.
        var address = (byte*)Unsafe.As<object, nint>(ref instance);
        Sse.Prefetch0(address);
        Sse.Prefetch0(address + 64);
    }
}
