using System.CommandLine;
using CoopSim.Model;
using CoopSim.Orleans.Engine;
using CoopSim.Orleans.Hosting;

namespace CoopSim.Cli;

/// <summary>Parses and dispatches; one entry point that tests call with captured output.</summary>
internal static class CliApplication
{
    /// <param name="describeStop">The line printed when the token stops the command (which signal did it).</param>
    public static async Task<int> RunAsync(string[] args, CliContext context, CancellationToken cancellationToken = default, Func<string>? describeStop = null)
    {
        var root = CommandCatalog.Build(context);
        var configuration = new InvocationConfiguration
        {
            Output = context.RawOut,
            Error = context.Error,
            EnableDefaultExceptionHandler = false,

            // Signals are handled by TerminationSignals, for every command alike (exit 130 or 143, temporary files removed).
            ProcessTerminationTimeout = null,
        };
        var parse = root.Parse(args);
        if (parse.Errors.Count > 0)
        {
            foreach (var error in parse.Errors) context.Error.WriteLine($"coopsim: error: {ParseErrorText.Of(error, parse)}");
            return ExitCodes.BadInput;
        }

        try
        {
            return await parse.InvokeAsync(configuration, cancellationToken);
        }
        catch (OperationCanceledException)
        {
            context.Error.WriteLine(describeStop?.Invoke() ?? "coopsim: stopped.");
            return ExitCodes.Cancelled;
        }
        catch (CliException ex)
        {
            context.Error.WriteLine(OneLine.Of(ex.Message, maxLength: 2000));
            return ex.ExitCode;
        }
        catch (Exception ex) when (ex is OrleansHostingException or OrleansRunFailedException)
        {
            // The one place Orleans failures become exit codes: a cluster that cannot start or keeps failing is the
            // user's situation to fix, not a crash; a failed run has written nothing (output is written after the run).
            context.Error.WriteLine(OneLine.Of(ex.Message, maxLength: 2000));
            return ExitCodes.Failed;
        }
    }
}
