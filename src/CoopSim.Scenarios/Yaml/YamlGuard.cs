using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace CoopSim.Scenarios.Yaml;

/// <summary>
/// Checks a YAML text's shape before a node tree is built from it, with the streaming parser (which does not
/// recurse): nesting deeper than <see cref="MaxDepth"/> would overflow the stack of anything that walks the tree,
/// aliases that expand to more than <see cref="MaxNodes"/> nodes (a "billion laughs" bomb) would make every walk
/// exponential, and a mapping or list used as a key is hashed and printed in full. None of these have any use in
/// a CoopSim file, whose deepest structure is about eight levels.
/// </summary>
internal static class YamlGuard
{
    public const int MaxDepth = 64;
    public const long MaxNodes = 1_000_000;

    /// <summary>A problem and where it starts, or null when the text is within the limits.</summary>
    public sealed record Problem(Mark Where, string Message);

    private sealed class Frame(bool isMapping, string? anchor)
    {
        public bool IsMapping { get; } = isMapping;
        public bool ExpectingKey { get; set; } = true;
        public string? Anchor { get; } = anchor;
        public long Nodes { get; set; }
    }

    /// <remarks>Syntax errors are left to the caller's parse, which reports them with their place.</remarks>
    public static Problem? Check(string text)
    {
        var parser = new Parser(new StringReader(text));
        var stack = new Stack<Frame>();
        var anchors = new Dictionary<string, (long Nodes, bool IsCollection)>(StringComparer.Ordinal);
        long total = 0;
        while (parser.MoveNext())
        {
            switch (parser.Current)
            {
                case Scalar scalar:
                    if (Add(scalar.Start, 1, isCollection: false) is { } p1) return p1;
                    if (!scalar.Anchor.IsEmpty) anchors[scalar.Anchor.Value] = (1, false);
                    break;
                case AnchorAlias alias:
                    var (nodes, isCollection) = anchors.GetValueOrDefault(alias.Value.Value, (1, false));
                    if (Add(alias.Start, nodes, isCollection) is { } p2) return p2;
                    break;
                case NodeEvent start when start is MappingStart or SequenceStart:
                    if (IsKeyPosition()) return new Problem(start.Start, "a key must be a plain name, not a mapping or a list");
                    if (stack.Count >= MaxDepth) return new Problem(start.Start, $"nesting is deeper than {MaxDepth} levels");
                    stack.Push(new Frame(start is MappingStart, start.Anchor.IsEmpty ? null : start.Anchor.Value));
                    break;
                case MappingEnd or SequenceEnd:
                    var frame = stack.Pop();
                    var size = frame.Nodes + 1;
                    if (frame.Anchor is not null) anchors[frame.Anchor] = (size, true);
                    if (Add(parser.Current.Start, size, isCollection: true, countTotal: false) is { } p3) return p3;
                    break;
            }
        }

        return null;

        bool IsKeyPosition() => stack.TryPeek(out var top) && top.IsMapping && top.ExpectingKey;

        // A collection's own nodes were counted as they were read; only aliases add nodes that were not.
        Problem? Add(Mark where, long nodes, bool isCollection, bool countTotal = true)
        {
            if (countTotal)
            {
                if (isCollection && IsKeyPosition()) return new Problem(where, "a key must be a plain name, not a mapping or a list");
                total += nodes;
                if (total > MaxNodes) return new Problem(where, $"aliases expand to more than {MaxNodes:N0} nodes");
            }

            if (stack.TryPeek(out var parent))
            {
                parent.Nodes += nodes;
                if (parent.IsMapping) parent.ExpectingKey = !parent.ExpectingKey;
            }

            return null;
        }
    }
}
