using System.Collections;

namespace CoopSim.Simulation.Results;

/// <summary>
/// A list whose items are built when read and not kept: a large result is streamed through a writer one item
/// at a time instead of existing whole. Reading an item twice builds it twice, to the same value.
/// </summary>
internal sealed class BuiltOnReadList<T>(int count, Func<int, T> build) : IReadOnlyList<T>
{
    public int Count => count;

    public T this[int index]
    {
        get
        {
            ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual((uint)index, (uint)count, nameof(index));
            return build(index);
        }
    }

    public IEnumerator<T> GetEnumerator()
    {
        for (var i = 0; i < count; i++) yield return build(i);
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
