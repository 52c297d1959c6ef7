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
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var code = await InFolderAsync(folder, () =>
        {
            var console = CliContext.PlainConsole(stdout, width: 200);
            var context = new CliContext(console, stderr, outputRedirected: true) { RawOut = stdout };
            return CliApplication.RunAsync(args, context);
        });
        return new Result(code, stdout.ToString(), stderr.ToString());
    }

    /// <summary>
    /// Runs <paramref name="work"/> with <paramref name="folder"/> as the working folder. The working folder is
    /// process-wide and test classes run side by side, so every test that changes it goes through this one gate;
    /// a test that set it on its own made another's relative paths (seeds/, scenarios/) resolve elsewhere.
    /// </summary>
    public static async Task<T> InFolderAsync<T>(string folder, Func<Task<T>> work)
    {
        await Gate.WaitAsync();
        var previous = Directory.GetCurrentDirectory();
        try
        {
            Directory.SetCurrentDirectory(folder);
            return await work();
        }
        finally
        {
            Directory.SetCurrentDirectory(previous);
            Gate.Release();
        }
    }
}
