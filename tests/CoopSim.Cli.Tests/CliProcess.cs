using System.Diagnostics;
using System.Runtime.InteropServices;
using System.Text;
using CoopSim.Tests.Shared;

namespace CoopSim.Cli.Tests;

/// <summary>
/// The real CLI as its own process (<c>dotnet exec coopsim.dll</c>), for what only a process shows: signals and exit
/// codes. Started through <c>env --default-signal</c> so that SIGINT and SIGTERM reach it even when the test runner
/// was itself started with them ignored (as shells do for background jobs). Killed by its id when disposed.
/// </summary>
internal sealed class CliProcess : IDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _out = new();
    private readonly StringBuilder _error = new();

    private CliProcess(Process process)
    {
        _process = process;
        _process.OutputDataReceived += (_, e) => { if (e.Data is not null) lock (_out) _out.AppendLine(e.Data); };
        _process.ErrorDataReceived += (_, e) => { if (e.Data is not null) lock (_error) _error.AppendLine(e.Data); };
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
    }

    public int Id => _process.Id;

    public string Out { get { lock (_out) return _out.ToString(); } }

    public string Error { get { lock (_error) return _error.ToString(); } }

    public static CliProcess Start(string workingDirectory, params string[] args)
    {
        var info = new ProcessStartInfo("env")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in (string[])["--default-signal=INT,TERM", "dotnet", "exec", CliDll(), .. args]) info.ArgumentList.Add(arg);
        return new CliProcess(Process.Start(info)!);
    }

    public void Signal(int signal)
    {
        if (SendSignal(_process.Id, signal) != 0) throw new InvalidOperationException($"kill({_process.Id}, {signal}) failed: {Marshal.GetLastPInvokeError()}");
    }

    public bool WaitForExit(TimeSpan timeout)
    {
        if (!_process.WaitForExit(timeout)) return false;

        // Only the overload without a timeout waits for the asynchronous readers to take the last of stdout and stderr.
        _process.WaitForExit();
        return true;
    }

    public int ExitCode => _process.ExitCode;

    public void Dispose()
    {
        if (!_process.HasExited) _process.Kill(entireProcessTree: true);
        _process.WaitForExit();
        _process.Dispose();
    }

    /// <summary>coopsim.dll as built for this test run (the test's own output folder holds a copy with its runtime config).</summary>
    private static string CliDll()
    {
        var local = Path.Combine(AppContext.BaseDirectory, "coopsim.dll");
        if (File.Exists(Path.ChangeExtension(local, ".runtimeconfig.json"))) return local;
        var configuration = AppContext.BaseDirectory.Contains("/Release/", StringComparison.Ordinal) ? "Release" : "Debug";
        return Path.Combine(RepoPaths.Root, "src", "CoopSim.Cli", "bin", configuration, "net10.0", "coopsim.dll");
    }

    [DllImport("libc", EntryPoint = "kill", SetLastError = true)]
    private static extern int SendSignal(int pid, int signal);
}
