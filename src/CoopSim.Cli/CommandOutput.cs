using System.Text;
using Spectre.Console;

namespace CoopSim.Cli;

/// <summary>
/// Where a command's result goes: a machine format straight to stdout, a table through the console, or either
/// into <c>--out</c>, written whole or not at all (<see cref="SafeFileWriter"/>).
/// </summary>
public static class CommandOutput
{
    /// <param name="text">The result in a machine format, or null for a table drawn by <paramref name="table"/>.</param>
    public static void Write(CliContext context, string? path, string? text, Action<IAnsiConsole> table)
    {
        if (path is not null)
        {
            SafeFileWriter.Write(path, stream =>
            {
                if (text is not null)
                {
                    stream.Write(Encoding.UTF8.GetBytes(text));
                    return;
                }

                using var writer = new StreamWriter(stream, new UTF8Encoding(false));
                var console = AnsiConsole.Create(new AnsiConsoleSettings
                {
                    Out = new AnsiConsoleOutput(writer),
                    Ansi = AnsiSupport.No,
                    ColorSystem = ColorSystemSupport.NoColors,
                    Interactive = InteractionSupport.No,
                });
                console.Profile.Width = CliContext.RedirectedWidth;
                table(console);
            });
            if (!context.OutputRedirected) context.Out.MarkupLine($"wrote [bold]{Markup.Escape(path)}[/]");
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
