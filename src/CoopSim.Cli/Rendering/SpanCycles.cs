using CoopSim.Telemetry;

namespace CoopSim.Cli.Rendering;

/// <summary>Finds spans whose parent chain comes back to itself (a span naming its own id as parent, or A → B → A).</summary>
internal static class SpanCycles
{
    /// <summary>The span id of one span on a cycle, or null when every parent chain ends.</summary>
    /// <param name="bySpanId">The span that each id stands for when it is named as a parent.</param>
    public static string? Find(IEnumerable<SpanRecord> spans, IReadOnlyDictionary<string, SpanRecord> bySpanId)
    {
        // Ids whose chain (through bySpanId) is known to end; each id is walked at most once overall.
        var ends = new HashSet<string>(StringComparer.Ordinal);
        foreach (var span in spans)
        {
            if (span.ParentSpanId == span.SpanId) return span.SpanId;
            var onPath = new HashSet<string>(StringComparer.Ordinal) { span.SpanId };
            var walked = new List<string>();
            var parentId = span.ParentSpanId;
            while (parentId is not null && !ends.Contains(parentId))
            {
                if (!onPath.Add(parentId)) return parentId;
                walked.Add(parentId);
                if (!bySpanId.TryGetValue(parentId, out var parent)) break;
                if (parent.ParentSpanId == parent.SpanId) return parent.SpanId;
                parentId = parent.ParentSpanId;
            }

            // Only the ids reached through bySpanId: the starting span may share its id with another span.
            ends.UnionWith(walked);
            if (bySpanId.TryGetValue(span.SpanId, out var self) && ReferenceEquals(self, span)) ends.Add(span.SpanId);
        }

        return null;
    }
}
