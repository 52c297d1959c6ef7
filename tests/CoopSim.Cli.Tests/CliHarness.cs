using CoopSim.Tests.Shared;
using Spectre.Console;

namespace CoopSim.Cli.Tests;

/// <summary>Runs the CLI in-process with captured stdout and stderr, from the repository root.</summary>
internal static class CliHarness
{
    private static readonly SemaphoreSlim Gate = new(1, 1);

    public sealed record Result(int ExitCode, string Out, string Error);

    public static Task<Result> RunAsync(params string[] args) => RunInAsync(RepoPaths.Root, args);

    /// <summary>Runs from <paramref name="folder"/> instead of the repository root (an empty folder, as a user of the installed tool).</summary>
    public static async Task<Result> RunInAsync(string folder, params string[] args)
    {
        // The CLI resolves relative paths against the working folder, which is process-wide.
        await Gate.WaitAsync();
        var previous = Directory.GetCurrentDirectory();
        try
        {
            Directory.SetCurrentDirectory(folder);
            var stdout = new StringWriter();
            var stderr = new StringWriter();
            var console = CliContext.PlainConsole(stdout, width: 200);
            var context = new CliContext(console, stderr, outputRedirected: true) { RawOut = stdout };
            var code = await CliApplication.RunAsync(args, context);
            return new Result(code, stdout.ToString(), stderr.ToString());
        }
        finally
        {
            Directory.SetCurrentDirectory(previous);
            Gate.Release();
        }
    }
}
