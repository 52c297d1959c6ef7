using System.Runtime.InteropServices;

namespace CoopSim.Simulation.Results;

/// <summary>
/// A read-only list as a span without interface calls: folds run once per replication over every agency's lists,
/// and on small worlds run thousands of times a second, where each call through <see cref="IReadOnlyList{T}"/>
/// (a virtual stub dispatch, whose shared caches two workers also contend for) costs more than the work.
/// </summary>
public static class ListSpan
{
    public static ReadOnlySpan<T> Of<T>(IReadOnlyList<T> list) => list switch
    {
        T[] array => array,
        List<T> growable => CollectionsMarshal.AsSpan(growable),
        ArraySegment<T> segment => segment.AsSpan(),
        _ => list.ToArray(),
    };
}
