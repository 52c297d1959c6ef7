using System.Collections;

namespace CoopSim.Simulation.Results;

/// <summary>
/// A first-delivery path stored as a link to the path it extends, so that the paths to thousands of agencies
/// share their common prefixes instead of each holding a copy. Reads as a list from origin to recipient.
/// </summary>
internal sealed class PathTrail : IReadOnlyList<string>
{
    private readonly PathTrail? _parent;
    private readonly string _last;
    private string[]? _items;

    private PathTrail(PathTrail? parent, string last)
    {
        _parent = parent;
        _last = last;
        Count = (parent?.Count ?? 0) + 1;
    }

    public static PathTrail Empty { get; } = new(null, string.Empty);

    public int Count { get; }

    public string this[int index] => Items()[index];

    public static PathTrail Start(string first) => new(null, first);

    public PathTrail Then(string next) => new(this, next);

    public IEnumerator<string> GetEnumerator() => ((IEnumerable<string>)Items()).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    private string[] Items()
    {
        if (_items is not null) return _items;
        var items = new string[Count];
        for (var (node, i) = (this, Count - 1); node is not null; node = node._parent, i--) items[i] = node._last;
        return _items = items;
    }
}
