using System.Text;
using CoopSim.Files;
using Spectre.Console;

namespace CoopSim.Cli.Commands;

/// <summary>
/// Writes a study's result into the <c>--out</c> file it opened before the work (so a bad target failed at once),
/// without opening it a second time: a FIFO closed and reopened would end its reader's input early.
/// </summary>
public static class StudyOutput
{
    /// <param name="file">The opened --out target, or null for stdout.</param>
    /// <param name="text">The result in a machine format, or null for the table <paramref name="table"/> draws.</param>
    public static void Write(CliContext context, OutputFile? file, string? path, string? text, Action<IAnsiConsole> table)
    {
        if (file is null)
        {
            CommandOutput.Write(context, null, text, table);
            return;
        }

        if (text is not null) file.Stream.Write(Encoding.UTF8.GetBytes(text));
        else CommandOutput.WriteTable(file.Stream, table);
        CommandOutput.Commit(file);
        if (!context.OutputRedirected) context.Out.MarkupLine($"wrote [bold]{Markup.Escape(path!)}[/]");
    }
}
