using System.Globalization;
using System.Text;
using System.Text.Json;
using CoopSim.Files;

namespace CoopSim.Telemetry;

/// <summary>
/// Reads the JSON-lines span files that <c>--trace jsonl:PATH</c> writes (docs/telemetry.md). The file is
/// streamed: only the spans <c>keep</c> accepts are held, so a trace of any size can be read for one replication.
/// </summary>
public static class TraceFile
{
    /// <summary>The longest line read; a CoopSim span is well under 2 KB.</summary>
    public const int MaxLineChars = 1 << 20;

    public static IReadOnlyList<SpanRecord> Read(string path, Func<SpanRecord, bool>? keep = null) => ReadAll(path, keep).Spans;

    /// <summary>
    /// The header, the spans <paramref name="keep"/> accepts, and every replication number in the file. Any line that is
    /// not a span, a span field or CoopSim attribute of the wrong type, or a header anywhere but first is an error
    /// naming the line (<see cref="TraceFileException"/>): a span is never dropped silently.
    /// </summary>
    public static TraceContents ReadAll(string path, Func<SpanRecord, bool>? keep = null)
    {
        try
        {
            BoundedFileReader.CheckRegular(path);
        }
        catch (InputFileException ex)
        {
            throw new TraceFileException(ex.Message == "no such file" ? $"{path}: error: no such trace file" : $"{path}: error: {ex.Message}");
        }

        var spans = new List<SpanRecord>();
        var replications = new SortedSet<int>();
        TraceFileHeader? header = null;
        var lineNumber = 0;
        var seenContent = false;
        try
        {
            using var reader = new StreamReader(path, new UTF8Encoding(false), detectEncodingFromByteOrderMarks: true,
                new FileStreamOptions { Access = FileAccess.Read, Share = FileShare.ReadWrite, BufferSize = 1 << 16 });
            var line = new StringBuilder();
            while (ReadLine(reader, line))
            {
                lineNumber++;
                if (line.Length > MaxLineChars) throw new TraceFileException($"{path}({lineNumber},1): error: not a span: the line is longer than {MaxLineChars:N0} characters");
                if (line.Length == 0) continue;
                var text = line.ToString();
                SpanRecord span;
                try
                {
                    using var doc = JsonDocument.Parse(text, new JsonDocumentOptions { MaxDepth = 16 });
                    if (doc.RootElement.ValueKind == JsonValueKind.Object && doc.RootElement.TryGetProperty("format", out _))
                    {
                        if (seenContent) throw new TraceFileException($"{path}({lineNumber},1): error: a trace header can only be the first line");
                        header = ParseHeader(doc.RootElement, path, lineNumber);
                        seenContent = true;
                        continue;
                    }

                    seenContent = true;
                    span = Parse(doc.RootElement, text, path, lineNumber);
                }
                catch (JsonException ex)
                {
                    var column = (ex.BytePositionInLine ?? 0) + 1;
                    throw new TraceFileException($"{path}({lineNumber},{column}): error: not a span: {ex.Message.Split('.')[0]}");
                }
                catch (Exception ex) when (ex is KeyNotFoundException or InvalidOperationException or FormatException or ArgumentException)
                {
                    throw new TraceFileException($"{path}({lineNumber},1): error: not a CoopSim span (missing or malformed field)");
                }

                if (span.Int(TelemetryAttributes.Replication) is { } r) replications.Add(r);
                if (keep is null || keep(span)) spans.Add(span);
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new TraceFileException($"{path}: error: cannot read the file: {ex.Message.ReplaceLineEndings(" ")}");
        }

        return new TraceContents(header, spans, replications);
    }

    private static TraceFileHeader ParseHeader(JsonElement root, string path, int line)
    {
        var format = root.GetProperty("format");
        if (format.ValueKind != JsonValueKind.String || format.GetString() != TraceFileHeader.Format)
            throw new TraceFileException($"{path}({line},1): error: not a CoopSim trace of a format this reads: 'format' is {format.GetRawText()}, expected \"{TraceFileHeader.Format}\"");
        string? Optional(string name)
        {
            var value = root.GetProperty(name);
            return value.ValueKind switch
            {
                JsonValueKind.Null => null,
                JsonValueKind.String => value.GetString(),
                _ => throw new TraceFileException($"{path}({line},1): error: the header's '{name}' must be a string or null, not {value.GetRawText()}"),
            };
        }

        var seed = root.GetProperty("seed");
        if (seed.ValueKind != JsonValueKind.Number || !seed.TryGetUInt64(out var seedValue))
            throw new TraceFileException($"{path}({line},1): error: the header's 'seed' must be a whole number, not {seed.GetRawText()}");
        var replications = root.GetProperty("replications");
        int? count = replications.ValueKind == JsonValueKind.Null ? null
            : replications.ValueKind == JsonValueKind.Number && replications.TryGetInt32(out var n) ? n
            : throw new TraceFileException($"{path}({line},1): error: the header's 'replications' must be a whole number or null, not {replications.GetRawText()}");
        var mode = Optional("time_mode") switch
        {
            "simulated" => TraceTimeMode.Simulated,
            "wall" => TraceTimeMode.Wall,
            var other => throw new TraceFileException($"{path}({line},1): error: the header's 'time_mode' must be \"simulated\" or \"wall\", not {other ?? "null"}"),
        };
        return new TraceFileHeader(Optional("tool"), Optional("scenario") ?? "", Optional("scenario_sha256"), Optional("world_sha256"), seedValue, count, mode);
    }

    /// <summary>Reads one line into <paramref name="line"/>, stopping to store characters past the cap (the rest is skipped).</summary>
    private static bool ReadLine(StreamReader reader, StringBuilder line)
    {
        line.Clear();
        var any = false;
        int c;
        while ((c = reader.Read()) >= 0)
        {
            any = true;
            if (c == '\n') return true;
            if (c == '\r') continue;
            if (line.Length <= MaxLineChars) line.Append((char)c);
        }

        return any;
    }

    private static SpanRecord Parse(JsonElement root, string line, string path, int lineNumber)
    {
        var attributes = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var property in root.GetProperty("attributes").EnumerateObject())
        {
            if (TraceAttributeTypes.Problem(property.Name, property.Value) is { } problem)
            {
                var column = line.IndexOf("\"" + property.Name + "\"", StringComparison.Ordinal) + 1;
                throw new TraceFileException($"{path}({lineNumber},{Math.Max(column, 1)}): error: {problem}");
            }

            attributes[property.Name] = property.Value.ValueKind == JsonValueKind.String ? property.Value.GetString()! : property.Value.GetRawText();
        }

        var links = root.GetProperty("links").EnumerateArray()
            .Select(l => (Text(l, "trace_id"), Text(l, "span_id"))).ToArray();
        var parent = root.GetProperty("parent_span_id");
        return new SpanRecord(
            Text(root, "trace_id"),
            Text(root, "span_id"),
            parent.ValueKind == JsonValueKind.Null ? null : Text(root, "parent_span_id"),
            Text(root, "name"),
            Time(root, "start"),
            Time(root, "end"),
            attributes,
            links);
    }

    /// <summary>A field that must be a string: null, a number or a missing field is a <see cref="FormatException"/>.</summary>
    private static string Text(JsonElement element, string name)
    {
        var value = element.GetProperty(name);
        return value.ValueKind == JsonValueKind.String ? value.GetString()! : throw new FormatException($"'{name}' is not a string");
    }

    private static DateTime Time(JsonElement element, string name) =>
        DateTime.Parse(Text(element, name), CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal);
}
