using System.Globalization;
using System.Text.Json;

namespace CoopSim.Telemetry;

/// <summary>Reads the JSON-lines span files that <c>--trace jsonl:PATH</c> writes (docs/telemetry.md).</summary>
public static class TraceFile
{
    public static IReadOnlyList<SpanRecord> Read(string path)
    {
        if (!File.Exists(path)) throw new TraceFileException($"{path}: error: no such trace file");
        var spans = new List<SpanRecord>();
        var lineNumber = 0;
        foreach (var line in File.ReadLines(path))
        {
            lineNumber++;
            if (line.Length == 0) continue;
            try
            {
                spans.Add(Parse(line));
            }
            catch (JsonException ex)
            {
                var column = (ex.BytePositionInLine ?? 0) + 1;
                throw new TraceFileException($"{path}({lineNumber},{column}): error: not a span: {ex.Message.Split('.')[0]}");
            }
            catch (Exception ex) when (ex is KeyNotFoundException or InvalidOperationException or FormatException)
            {
                throw new TraceFileException($"{path}({lineNumber},1): error: not a CoopSim span (missing or malformed field)");
            }
        }

        return spans;
    }

    private static SpanRecord Parse(string line)
    {
        using var doc = JsonDocument.Parse(line);
        var root = doc.RootElement;
        var attributes = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var property in root.GetProperty("attributes").EnumerateObject())
            attributes[property.Name] = property.Value.ValueKind == JsonValueKind.String ? property.Value.GetString()! : property.Value.GetRawText();
        var links = root.GetProperty("links").EnumerateArray()
            .Select(l => (l.GetProperty("trace_id").GetString()!, l.GetProperty("span_id").GetString()!)).ToArray();
        var parent = root.GetProperty("parent_span_id");
        return new SpanRecord(
            root.GetProperty("trace_id").GetString()!,
            root.GetProperty("span_id").GetString()!,
            parent.ValueKind == JsonValueKind.Null ? null : parent.GetString(),
            root.GetProperty("name").GetString()!,
            DateTime.Parse(root.GetProperty("start").GetString()!, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal),
            DateTime.Parse(root.GetProperty("end").GetString()!, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal),
            attributes,
            links);
    }
}
