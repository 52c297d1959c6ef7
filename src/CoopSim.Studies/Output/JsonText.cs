using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace CoopSim.Studies.Output;

/// <summary>
/// How every CoopSim JSON document is written: indented, with non-ASCII names (Korean, Vietnamese, Uzbek) kept
/// readable rather than escaped, and ending in a newline when it is built as text.
/// </summary>
internal static class JsonText
{
    public static JsonWriterOptions Options { get; } = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>The document <paramref name="write"/> writes, as text.</summary>
    public static string Indented(Action<Utf8JsonWriter> write)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, Options)) write(writer);
        return Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }

    /// <summary>A whole document: one object that names its <paramref name="format"/> first, then what <paramref name="body"/> writes.</summary>
    public static string Document(string format, Action<Utf8JsonWriter> body) => Indented(w =>
    {
        w.WriteStartObject();
        w.WriteString("format", format);
        body(w);
        w.WriteEndObject();
    });
}
