using Spectre.Console;

namespace CoopSim.Cli;

/// <summary>
/// What every command writes to. Injected so that tests can capture the output (Spectre.Console's advice:
/// render through an <see cref="IAnsiConsole"/>, never the static console).
/// </summary>
internal sealed class CliContext(IAnsiConsole output, TextWriter error, bool outputRedirected)
{
    /// <summary>Where results go (stdout).</summary>
    public IAnsiConsole Out { get; } = output;

    /// <summary>Where one-line errors go (stderr), in the <c>file(line,col): error: message</c> form where there is a place.</summary>
    public TextWriter Error { get; } = error;

    /// <summary>True when stdout is a file or pipe: no progress bars, no colour.</summary>
    public bool OutputRedirected { get; } = outputRedirected;

    /// <summary>Raw stdout for machine formats (JSON, CSV, DOT), so that markup never touches them.</summary>
    public TextWriter RawOut { get; init; } = Console.Out;

    /// <summary>The width tables and messages are laid out for when stdout is not a terminal.</summary>
    public const int RedirectedWidth = 160;

    /// <summary>A console that writes plain text (no colour, no escape codes, no prompts) to <paramref name="output"/>: files and captured test output.</summary>
    public static IAnsiConsole PlainConsole(TextWriter output, int? width = null)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(output),
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
        });
        if (width is { } columns) console.Profile.Width = columns;
        return console;
    }

    public static CliContext ForConsole()
    {
        var redirected = Console.IsOutputRedirected;
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(Console.Out),
            Ansi = redirected ? AnsiSupport.No : AnsiSupport.Detect,
            ColorSystem = redirected ? ColorSystemSupport.NoColors : ColorSystemSupport.Detect,
            Interactive = redirected ? InteractionSupport.No : InteractionSupport.Detect,
        });

        // A file or pipe has no width; wrapping at Spectre's fallback of 80 columns would break lines that
        // scripts grep and squeeze tables that a terminal would show whole.
        if (redirected) console.Profile.Width = RedirectedWidth;
        return new CliContext(console, Console.Error, redirected);
    }
}
