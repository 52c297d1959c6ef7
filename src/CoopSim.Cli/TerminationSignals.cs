using System.Runtime.InteropServices;
using CoopSim.Bench.LocalCluster;
using CoopSim.Files;

namespace CoopSim.Cli;

/// <summary>
/// SIGINT (Ctrl-C) and SIGTERM for every command, in one place: the first signal cancels the command's token, so
/// that it unwinds, removes its temporary files and restores the terminal; the process then exits 130 (SIGINT) or
/// 143 (SIGTERM, as a shell reports 128 + the signal number) with one line on stderr. A command that has not
/// finished unwinding after <see cref="Grace"/> (or a second signal) is ended at once, after the same clean-up,
/// so no command, server or embedded silo can keep the process alive past about two seconds.
/// </summary>
internal sealed class TerminationSignals : IDisposable
{
    /// <summary>How long a command has to unwind before the process ends without it (the promise is 2 s in all).</summary>
    public static readonly TimeSpan Grace = TimeSpan.FromMilliseconds(1500);

    private readonly CancellationTokenSource _cancel = new();
    private readonly TextWriter _error;
    private readonly List<PosixSignalRegistration> _registrations = [];
    private readonly Lock _exiting = new();
    private int _exitCode;
    private bool _announced;

    private TerminationSignals(TextWriter error) => _error = error;

    /// <summary>Cancelled when a signal arrives; give it to the command.</summary>
    public CancellationToken Token => _cancel.Token;

    /// <summary>130 or 143 once a signal has arrived, otherwise null.</summary>
    public int? ExitCode => Volatile.Read(ref _exitCode) is var code and > 0 ? code : null;

    public static TerminationSignals Install(TextWriter error)
    {
        var signals = new TerminationSignals(error);
        signals._registrations.Add(PosixSignalRegistration.Create(PosixSignal.SIGINT, context => signals.Received(context, ExitCodes.Interrupted)));
        signals._registrations.Add(PosixSignalRegistration.Create(PosixSignal.SIGTERM, context => signals.Received(context, ExitCodes.Terminated)));
        return signals;
    }

    /// <summary>The line printed when a signal stopped the command.</summary>
    public static string StopLine(int exitCode) => exitCode == ExitCodes.Terminated ? "coopsim: stopped (SIGTERM)" : "coopsim: stopped (SIGINT)";

    /// <summary>
    /// The exit code of the process once the command returned <paramref name="commandExitCode"/>: a signal's code
    /// when one arrived (after making sure its clean-up is done and its line printed), otherwise the command's own.
    /// </summary>
    /// <param name="commandPrintedStop">True when the command already printed the stop line (it saw the cancellation).</param>
    public int Finish(int commandExitCode, bool commandPrintedStop)
    {
        if (ExitCode is not { } code) return commandExitCode;
        lock (_exiting)
        {
            CleanUp();
            if (!commandPrintedStop && !_announced) _error.WriteLine(StopLine(code));
            _announced = true;
            _error.Flush();
        }

        return code;
    }

    public void Dispose()
    {
        foreach (var registration in _registrations) registration.Dispose();
        _cancel.Dispose();
    }

    private void Received(PosixSignalContext context, int code)
    {
        // Keep the runtime from ending the process at once: the command is asked to stop instead.
        context.Cancel = true;
        if (Interlocked.CompareExchange(ref _exitCode, code, 0) != 0)
        {
            // A second signal: the user does not want to wait.
            EndNow();
            return;
        }

        _cancel.Cancel();
        _ = Task.Run(async () =>
        {
            await Task.Delay(Grace).ConfigureAwait(false);
            EndNow();
        });
    }

    /// <summary>Ends the process without waiting for the command, after the clean-up it would have done.</summary>
    private void EndNow()
    {
        lock (_exiting)
        {
            CleanUp();
            if (!_announced) _error.WriteLine(StopLine(_exitCode));
            _announced = true;
            _error.Flush();
            Console.Out.Flush();
            Exit(_exitCode);
        }
    }

    private static void CleanUp()
    {
        TemporaryFiles.DeleteAll();
        LocalClusterCleanUp.Now();

        // A progress bar hides the cursor and shows it again when it ends; a stopped one may not get to.
        if (!Console.IsOutputRedirected) Console.Out.Write("\u001b[?25h");
    }

    /// <summary>
    /// <c>_exit</c>, not <see cref="Environment.Exit"/>: process-exit handlers (a host waiting for its own shutdown)
    /// could otherwise hold the process past its deadline.
    /// </summary>
    private static void Exit(int code)
    {
        if (OperatingSystem.IsWindows()) Environment.Exit(code);
        try
        {
            ImmediateExit(code);
        }
        catch (Exception ex) when (ex is DllNotFoundException or EntryPointNotFoundException)
        {
            Environment.Exit(code);
        }
    }

    [DllImport("libc", EntryPoint = "_exit")]
    private static extern void ImmediateExit(int status);
}
