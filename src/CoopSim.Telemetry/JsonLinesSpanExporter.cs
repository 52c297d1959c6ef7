using System.Buffers;
using System.Diagnostics;
using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using CoopSim.Files;
using OpenTelemetry;

namespace CoopSim.Telemetry;

/// <summary>
/// Writes a header line, then one span per line (the format is in docs/telemetry.md, <c>coopsim.spans/2</c>) through an
/// <see cref="OutputFile"/>: a regular file is written to a temporary file beside it, moved into place when the
/// exporter shuts down, so a failed run leaves no half-written trace; a device or FIFO is written directly.
/// </summary>
internal sealed class JsonLinesSpanExporter : BaseExporter<Activity>
{
    private readonly OutputFile _output;
    private readonly Stream _file;
    private readonly ArrayBufferWriter<byte> _line = new(1024);
    private readonly Utf8JsonWriter _json;

    /// <param name="header">The file's first line, which says what run the spans are of.</param>
    public JsonLinesSpanExporter(string path, TraceFileHeader header)
    {
        _output = OutputFile.Open(path);
        _file = _output.Stream;

        // One writer and one line buffer for the whole file, reset after each line: no per-span allocations, and no
        // flush of the file per span (a Utf8JsonWriter on a Stream flushes the stream itself).
        _json = new Utf8JsonWriter(_line, new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, SkipValidation = true });
        header.Write(_json);
        EndLine();
    }

    public long Exported { get; private set; }

    /// <summary>Set when the run failed: the temporary file is deleted instead of moved into place.</summary>
    public bool Abandoned { get; set; }

    public override ExportResult Export(in Batch<Activity> batch)
    {
        foreach (var activity in batch)
        {
            Write(activity);
            EndLine();
            Exported++;
        }

        return ExportResult.Success;
    }

    private void EndLine()
    {
        _json.Flush();
        _file.Write(_line.WrittenSpan);
        _file.WriteByte((byte)'\n');
        _line.ResetWrittenCount();
        _json.Reset();
    }

    protected override bool OnShutdown(int timeoutMilliseconds)
    {
        _json.Dispose();
        if (Abandoned)
        {
            _output.Dispose();
            return true;
        }

        try
        {
            _output.Commit();
            return true;
        }
        catch (OutputFileException)
        {
            return false;
        }
    }

    private void Write(Activity activity)
    {
        var w = _json;
        w.WriteStartObject();
        w.WriteString("trace_id", activity.TraceId.ToHexString());
        w.WriteString("span_id", activity.SpanId.ToHexString());
        if (activity.ParentSpanId != default) w.WriteString("parent_span_id", activity.ParentSpanId.ToHexString());
        else w.WriteNull("parent_span_id");
        w.WriteString("name", activity.DisplayName);
        w.WriteString("kind", activity.Kind switch
        {
            ActivityKind.Producer => "producer",
            ActivityKind.Consumer => "consumer",
            ActivityKind.Client => "client",
            ActivityKind.Server => "server",
            _ => "internal",
        });
        WriteTime(w, "start", activity.StartTimeUtc);
        WriteTime(w, "end", activity.StartTimeUtc + activity.Duration);
        w.WriteString("status", activity.Status switch
        {
            ActivityStatusCode.Error => "error",
            ActivityStatusCode.Ok => "ok",
            _ => "unset",
        });
        w.WriteStartObject("attributes");
        foreach (var (key, value) in activity.TagObjects)
        {
            switch (value)
            {
                case bool b:
                    w.WriteBoolean(key, b);
                    break;
                case int i:
                    w.WriteNumber(key, i);
                    break;
                case long l:
                    w.WriteNumber(key, l);
                    break;
                case double d:
                    w.WriteNumber(key, Math.Round(d, 3));
                    break;
                default:
                    w.WriteString(key, Convert.ToString(value, CultureInfo.InvariantCulture));
                    break;
            }
        }

        w.WriteEndObject();
        w.WriteStartArray("links");
        foreach (var link in activity.Links)
        {
            w.WriteStartObject();
            w.WriteString("trace_id", link.Context.TraceId.ToHexString());
            w.WriteString("span_id", link.Context.SpanId.ToHexString());
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static void WriteTime(Utf8JsonWriter w, string name, DateTime utc)
    {
        Span<char> text = stackalloc char[32];
        utc.TryFormat(text, out var written, "yyyy-MM-ddTHH:mm:ss.fffZ", CultureInfo.InvariantCulture);
        w.WriteString(name, text[..written]);
    }
}
