using System.Globalization;
using CoopSim.Model;
using CoopSim.Model.Scenario;
using YamlDotNet.RepresentationModel;

namespace CoopSim.Scenarios.Yaml;

/// <summary>
/// Reads one YAML mapping by hand, remembering which keys were read so that <see cref="Finish"/> can flag
/// the rest as unknown (typos), each with its own line and column.
/// </summary>
internal sealed class MapReader
{
    private readonly Dictionary<string, (YamlNode Key, YamlNode Value)> _entries = new(StringComparer.Ordinal);
    private readonly HashSet<string> _known = new(StringComparer.Ordinal);

    private MapReader(string file, YamlMappingNode node, DiagnosticBag diagnostics)
    {
        File = file;
        Node = node;
        Diagnostics = diagnostics;
        foreach (var (key, value) in node.Children)
        {
            var name = key is YamlScalarNode scalar ? scalar.Value ?? string.Empty : key.ToString();
            if (!_entries.TryAdd(name, (key, value)))
                diagnostics.Error(YamlFile.Where(file, key), $"key '{name}' appears twice");
        }
    }

    public string File { get; }
    public YamlMappingNode Node { get; }
    public DiagnosticBag Diagnostics { get; }
    public SourceLocation Location => YamlFile.Where(File, Node);

    public static MapReader? Of(string file, YamlNode node, DiagnosticBag diagnostics, string what)
    {
        if (node is YamlMappingNode mapping) return new MapReader(file, mapping, diagnostics);
        diagnostics.Error(YamlFile.Where(file, node), $"{what} must be a mapping of keys to values");
        return null;
    }

    public bool Has(string key)
    {
        _known.Add(key);
        return _entries.ContainsKey(key);
    }

    public YamlNode? Get(string key, bool required = false)
    {
        _known.Add(key);
        if (_entries.TryGetValue(key, out var entry))
        {
            if (entry.Value is YamlScalarNode { Value: null or "" or "~" } && required)
            {
                Diagnostics.Error(YamlFile.Where(File, entry.Value), $"'{key}' needs a value");
                return null;
            }

            return entry.Value;
        }

        if (required) Diagnostics.Error(Location, $"missing required key '{key}'");
        return null;
    }

    public SourceLocation Where(string key) =>
        _entries.TryGetValue(key, out var entry) ? YamlFile.Where(File, entry.Value) : Location;

    public string? String(string key, bool required = false)
    {
        var node = Get(key, required);
        if (node is null) return null;
        if (node is YamlScalarNode scalar) return scalar.Value;
        Diagnostics.Error(YamlFile.Where(File, node), $"'{key}' must be a single value");
        return null;
    }

    public double? Number(string key, bool required = false)
    {
        var text = String(key, required);
        if (text is null) return null;
        if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value)) return value;
        Diagnostics.Error(Where(key), $"'{key}' must be a number, not '{text}'");
        return null;
    }

    public double? Probability(string key, bool required = false)
    {
        var value = Number(key, required);
        if (value is null) return null;
        if (value is >= 0 and <= 1) return value;
        Diagnostics.Error(Where(key), $"'{key}' is a probability and must be between 0 and 1, not {value.Value.ToString(CultureInfo.InvariantCulture)}");
        return null;
    }

    public bool? Bool(string key)
    {
        var text = String(key);
        if (text is null) return null;
        if (text is "true" or "yes") return true;
        if (text is "false" or "no") return false;
        Diagnostics.Error(Where(key), $"'{key}' must be true or false, not '{text}'");
        return null;
    }

    public Duration? Duration(string key, bool required = false)
    {
        var text = String(key, required);
        if (text is null) return null;
        if (Model.Duration.TryParse(text, out var value, out var error)) return value;
        Diagnostics.Error(Where(key), error);
        return null;
    }

    public IReadOnlyList<YamlNode> List(string key, bool required = false)
    {
        var node = Get(key, required);
        switch (node)
        {
            case null:
                return [];
            case YamlSequenceNode sequence:
                return sequence.Children.ToArray();
            case YamlScalarNode { Value: null or "" or "~" }:
                return [];
            default:
                Diagnostics.Error(YamlFile.Where(File, node), $"'{key}' must be a list");
                return [];
        }
    }

    /// <summary>A list of plain values (ids, codes), each with where it was written.</summary>
    public IReadOnlyList<(string Value, SourceLocation Where)> Strings(string key, bool required = false)
    {
        var result = new List<(string, SourceLocation)>();
        foreach (var item in List(key, required))
        {
            if (item is YamlScalarNode { Value: { } value }) result.Add((value, YamlFile.Where(File, item)));
            else Diagnostics.Error(YamlFile.Where(File, item), $"each item of '{key}' must be a single value");
        }

        return result;
    }

    /// <summary>Reports every key this reader was not asked about.</summary>
    public void Finish(string what)
    {
        KeyRecorder.Current?.Record(what, _known);
        foreach (var (name, entry) in _entries)
        {
            if (_known.Contains(name)) continue;
            Diagnostics.Error(YamlFile.Where(File, entry.Key), $"unknown key '{name}' in {what}{Suggest.DidYouMean(name, _known)}");
        }
    }
}
