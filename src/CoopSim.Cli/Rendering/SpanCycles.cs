using CoopSim.Telemetry;

namespace CoopSim.Cli.Rendering;

/// <summary>Finds spans whose parent chain comes back to itself (a span naming itself, or A → B → A).</summary>
public static class SpanCycles
{
    /// <summary>The span id of one span on a cycle, or null when every parent chain ends.</summary>
    public static string? Find(IEnumerable<SpanRecord> spans, IReadOnlyDictionary<string, SpanRecord> bySpanId)
    {
        // Chains already walked to their end; each span is walked at most once overall.
        var ends = new HashSet<string>(StringComparer.Ordinal);
        foreach (var span in spans)
        {
            var onPath = new HashSet<string>(StringComparer.Ordinal);
            var current = span;
            while (true)
            {
                if (ends.Contains(current.SpanId)) break;
                if (!onPath.Add(current.SpanId)) return current.SpanId;
                if (current.ParentSpanId is not { } parentId) break;
                if (parentId == current.SpanId) return current.SpanId;
                if (!bySpanId.TryGetValue(parentId, out var parent)) break;
                current = parent;
            }

            ends.UnionWith(onPath);
        }

        return null;
    }
}
