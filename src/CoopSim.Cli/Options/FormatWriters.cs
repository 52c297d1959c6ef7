namespace CoopSim.Cli.Options;

/// <summary>A command's machine formats, each with the writer that renders its result as text; the table is drawn apart.</summary>
internal sealed class FormatWriters<TResult>(IReadOnlyDictionary<OutputFormat, Func<TResult, string>> writers)
{
    /// <summary>The result as text in <paramref name="format"/>, or null for the table.</summary>
    public string? Text(OutputFormat format, TResult result) => writers.TryGetValue(format, out var write) ? write(result) : null;
}
