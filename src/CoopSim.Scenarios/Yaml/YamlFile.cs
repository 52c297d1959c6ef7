using CoopSim.Model.Scenario;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace CoopSim.Scenarios.Yaml;

/// <summary>Reads a YAML file into a node tree that remembers where each node was written.</summary>
public static class YamlFile
{
    public static YamlNode? Read(string path, DiagnosticBag diagnostics, string? display = null)
    {
        var name = display ?? path;
        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            diagnostics.Error(new SourceLocation(name, 0, 0), $"cannot read the file: {ex.Message}");
            return null;
        }

        try
        {
            var stream = new YamlStream();
            stream.Load(new StringReader(text));
            if (stream.Documents.Count == 0)
            {
                diagnostics.Error(new SourceLocation(name, 1, 1), "the file is empty");
                return null;
            }

            return stream.Documents[0].RootNode;
        }
        catch (YamlException ex)
        {
            var message = ex.InnerException is YamlException inner ? inner.Message : ex.Message;
            var mark = ex.InnerException is YamlException innerMark ? innerMark.Start : ex.Start;
            diagnostics.Error(new SourceLocation(name, (int)mark.Line, (int)mark.Column), $"YAML syntax: {OneLine(message)}");
            return null;
        }
    }

    public static SourceLocation Where(string file, YamlNode node) => new(file, (int)node.Start.Line, (int)node.Start.Column);

    private static string OneLine(string message)
    {
        var trimmed = message.Trim();
        var paren = trimmed.IndexOf("): ", StringComparison.Ordinal);
        if (trimmed.StartsWith('(') && paren > 0) trimmed = trimmed[(paren + 3)..];
        return trimmed.Replace('\n', ' ').Replace('\r', ' ');
    }
}
