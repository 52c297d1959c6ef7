using CoopSim.Files;
using CoopSim.Model.Scenario;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace CoopSim.Scenarios.Yaml;

/// <summary>Reads a YAML file into a node tree that remembers where each node was written.</summary>
internal static class YamlFile
{
    public static YamlNode? Read(string path, DiagnosticBag diagnostics, string? display = null)
    {
        var name = display ?? path;
        string text;
        try
        {
            text = BoundedFileReader.ReadAllText(path, BoundedFileReader.ScenarioCapBytes);
        }
        catch (InputFileException ex)
        {
            diagnostics.Error(new SourceLocation(name, 0, 0), ex.Message);
            return null;
        }

        return Parse(text, name, diagnostics);
    }

    /// <summary>Parses YAML text; every problem, including the parser's own failures, becomes one diagnostic.</summary>
    public static YamlNode? Parse(string text, string name, DiagnosticBag diagnostics)
    {
        try
        {
            if (YamlGuard.Check(text) is { } problem)
            {
                diagnostics.Error(At(name, problem.Where), problem.Message);
                return null;
            }

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
            var where = message.Contains("tab character", StringComparison.Ordinal) ? TabAfter(text, name, mark) : At(name, mark);
            diagnostics.Error(where, $"YAML syntax: {OneLine(message)}");
            return null;
        }
        catch (Exception ex) when (ex is InvalidOperationException or ArgumentException or FormatException or IndexOutOfRangeException or NullReferenceException)
        {
            // YamlDotNet's scanner fails this way on some malformed flow collections (an unclosed `[` followed by
            // more keys, a U+2028 inside `{…}`) instead of with a YamlException; the text is still malformed YAML.
            diagnostics.Error(new SourceLocation(name, FailureLine(text), 1), "YAML syntax: malformed text (an unclosed [ or {, or a stray character)");
            return null;
        }
    }

    public static SourceLocation Where(string file, YamlNode node) => new(file, (int)node.Start.Line, (int)node.Start.Column);

    private static SourceLocation At(string file, Mark mark) => new(file, Math.Max(1, (int)mark.Line), Math.Max(1, (int)mark.Column));

    /// <summary>
    /// YamlDotNet marks a misplaced tab at the start of the scalar it was reading (the line before the tab);
    /// the reader wants the tab itself, the first one at or after that mark.
    /// </summary>
    private static SourceLocation TabAfter(string text, string file, Mark mark)
    {
        var tab = text.IndexOf('\t', (int)Math.Clamp(mark.Index, 0, text.Length));
        if (tab < 0) return At(file, mark);
        var lineStart = text.LastIndexOf('\n', Math.Max(0, tab - 1)) + 1;
        var line = 1 + text.AsSpan(0, lineStart).Count('\n');
        return new SourceLocation(file, line, tab - lineStart + 1);
    }

    /// <summary>Where the scanner gave up: the line of the last token it read whole.</summary>
    private static int FailureLine(string text)
    {
        var line = 1;
        try
        {
            var scanner = new Scanner(new StringReader(text));
            while (scanner.MoveNext()) line = (int)scanner.Current!.End.Line;
        }
        catch (Exception ex) when (ex is YamlException or InvalidOperationException or ArgumentException or FormatException or IndexOutOfRangeException or NullReferenceException)
        {
            // The line reached so far is the answer.
        }

        return Math.Max(1, line);
    }

    private static string OneLine(string message)
    {
        var trimmed = message.Trim();
        var paren = trimmed.IndexOf("): ", StringComparison.Ordinal);
        if (trimmed.StartsWith('(') && paren > 0) trimmed = trimmed[(paren + 3)..];
        return trimmed.Replace('\n', ' ').Replace('\r', ' ');
    }
}
