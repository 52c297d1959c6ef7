using System.Text;
using CoopSim.Files;
using Spectre.Console;

namespace CoopSim.Cli;

/// <summary>
/// Where a command's result goes: a machine format straight to stdout, a table through the console, or either
/// into <c>--out</c> (<see cref="OutputFile"/>: a regular file replaced whole or not at all, a device or FIFO
/// written as a stream, a folder or an unwritable place refused before any work starts).
/// </summary>
internal static class CommandOutput
{
    /// <summary>The --out target, or null for stdout (no --out, or <c>-</c>); open it before the work, so a bad target costs nothing.</summary>
    public static OutputFile? Open(string? path)
    {
        if (path is null || path == "-") return null;
        try
        {
            return OutputFile.Open(path);
        }
        catch (OutputFileException ex)
        {
            throw new CliException(ex.Message);
        }
    }

    public static void Commit(OutputFile output)
    {
        try
        {
            output.Commit();
        }
        catch (OutputFileException ex)
        {
            throw new CliException(ex.Message, ExitCodes.Failed);
        }
    }

    /// <summary>A table drawn as plain text into a file, laid out as for redirected output (no colour, 160 columns).</summary>
    public static void WriteTable(Stream stream, Action<IAnsiConsole> table)
    {
        using var writer = new StreamWriter(stream, new UTF8Encoding(false), 1 << 16, leaveOpen: true);
        table(CliContext.PlainConsole(writer, CliContext.RedirectedWidth));
    }

    /// <summary>Writes <paramref name="path"/> whole or not at all, by the rules of <see cref="OutputFile"/>.</summary>
    public static void WriteFile(string path, Action<Stream> write)
    {
        using var output = Open(path) ?? throw new CliException("coopsim: error: this output needs a file, not stdout");
        write(output.Stream);
        Commit(output);
    }

    /// <param name="text">The result in a machine format, or null for a table drawn by <paramref name="table"/>.</param>
    public static void Write(CliContext context, string? path, string? text, Action<IAnsiConsole> table)
    {
        using var output = Open(path);
        Write(context, output, path, text, table);
    }

    /// <param name="output">The --out target opened by <see cref="Open"/> before the work, or null for stdout.</param>
    public static void Write(CliContext context, OutputFile? output, string? path, string? text, Action<IAnsiConsole> table)
    {
        if (output is not null)
        {
            if (text is not null)
            {
                output.Stream.Write(Encoding.UTF8.GetBytes(text));
            }
            else
            {
                WriteTable(output.Stream, table);
            }

            Commit(output);
            if (!context.OutputRedirected) context.Out.MarkupLine($"wrote [bold]{Markup.Escape(path!)}[/]");
        }
        else if (text is not null)
        {
            context.RawOut.Write(text);
            context.RawOut.Flush();
        }
        else
        {
            table(context.Out);
        }
    }
}
