using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace CoopSim.Scenarios.Tests;

/// <summary>
/// A YAML file as the JSON an editor's YAML language server checks against a schema: plain scalars that look
/// like numbers or booleans become numbers and booleans, quoted scalars stay strings.
/// </summary>
internal static class YamlAsJson
{
    public static JsonElement Read(string path)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(File.ReadAllText(path)));
        var node = Convert(stream.Documents[0].RootNode);
        return JsonDocument.Parse(node?.ToJsonString() ?? "null").RootElement.Clone();
    }

    private static JsonNode? Convert(YamlNode node) => node switch
    {
        YamlMappingNode map => new JsonObject(map.Children.Select(p => KeyValuePair.Create(((YamlScalarNode)p.Key).Value!, Convert(p.Value)))),
        YamlSequenceNode seq => new JsonArray(seq.Children.Select(Convert).ToArray()),
        YamlScalarNode s => Scalar(s),
        _ => throw new InvalidOperationException($"unexpected YAML node {node.NodeType}"),
    };

    private static JsonNode? Scalar(YamlScalarNode s)
    {
        var v = s.Value ?? string.Empty;
        if (s.Style != ScalarStyle.Plain) return JsonValue.Create(v);
        if (v is "" or "~" or "null") return null;
        if (v is "true" or "false") return JsonValue.Create(v == "true");
        if (System.Text.RegularExpressions.Regex.IsMatch(v, @"^-?[0-9]+(\.[0-9]+)?([eE][+-]?[0-9]+)?$"))
            return JsonValue.Create(double.Parse(v, CultureInfo.InvariantCulture));
        return JsonValue.Create(v);
    }
}
