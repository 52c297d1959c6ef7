using System.Globalization;
using System.Text;
using System.Text.Json;
using CoopSim.Scenarios.Sweeps;
using CoopSim.Scenarios.Uncertainty;
using CoopSim.Scenarios.Yaml;
using YamlDotNet.RepresentationModel;

namespace CoopSim.Scenarios;

/// <summary>
/// <see cref="ScenarioChanges"/> as one JSON text: what crosses the wire to silos, and what the run's scenario hash
/// covers beside the files. Blocks are YAML text, settings <c>PATH=VALUE</c> as a sweep writes them, factors numbers
/// written round-trip exact, so the silo applies the very values the study did.
/// </summary>
internal static class ScenarioChangesText
{
    public static string Write(ScenarioChanges changes)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteStartArray("changes");
            foreach (var block in changes.Blocks)
            {
                json.WriteStartObject();
                json.WriteString("file", block.File);
                json.WriteString("yaml", Yaml(block.Changes));
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteStartArray("scale");
            foreach (var factor in changes.Factors)
            {
                json.WriteStartObject();
                json.WriteString("kind", factor.Target.Kind.ToString());
                json.WriteString("id", factor.Target.Id);
                json.WriteNumber("rule", factor.Target.Rule);
                json.WriteString("factor", factor.Factor.ToString("R", CultureInfo.InvariantCulture));
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteStartArray("set");
            foreach (var setting in changes.Settings) json.WriteStringValue($"{setting.Path.Text}={setting.Value}");
            json.WriteEndArray();
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    public static ScenarioChanges Read(string text)
    {
        try
        {
            using var document = JsonDocument.Parse(text);
            var root = document.RootElement;
            var blocks = root.GetProperty("changes").EnumerateArray()
                .Select(b => Block(b.GetProperty("file").GetString()!, b.GetProperty("yaml").GetString()!)).ToArray();
            var factors = root.GetProperty("scale").EnumerateArray().Select(f => new DelayFactor(
                new DelayTarget(Enum.Parse<DelayKind>(f.GetProperty("kind").GetString()!), f.GetProperty("id").GetString()!, f.GetProperty("rule").GetInt32()),
                double.Parse(f.GetProperty("factor").GetString()!, NumberStyles.Float, CultureInfo.InvariantCulture))).ToArray();
            var settings = root.GetProperty("set").EnumerateArray().Select(s => Setting(s.GetString()!)).ToArray();
            return new ScenarioChanges(blocks, factors, settings);
        }
        catch (Exception ex) when (ex is JsonException or KeyNotFoundException or InvalidOperationException or ArgumentException or FormatException)
        {
            throw new InvalidDataException($"a scenario's changes are not readable: {ex.Message}", ex);
        }
    }

    private static string Yaml(YamlNode node)
    {
        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        new YamlStream(new YamlDocument(node)).Save(writer, assignAnchors: false);
        return writer.ToString();
    }

    private static ChangeSet Block(string file, string yaml)
    {
        var diagnostics = new DiagnosticBag();
        var node = YamlFile.Parse(yaml, file, diagnostics)
            ?? throw new InvalidDataException($"the changes from {file} are not readable: {diagnostics.Items[0].Message}");
        return new ChangeSet(file, node);
    }

    private static SweepSetting Setting(string text)
    {
        // The value may hold '=' no more than a sweep value can; the path never does.
        var eq = text.IndexOf('=', StringComparison.Ordinal);
        if (eq <= 0 || !ParameterPath.TryParse(text[..eq], out var path, out _))
            throw new InvalidDataException($"'{text}' is not PATH=VALUE");
        return new SweepSetting(path!, text[(eq + 1)..]);
    }
}
