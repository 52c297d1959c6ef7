using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text;

namespace CoopSim.Bench.LocalCluster;

/// <summary>
/// A process this test started, with its output captured. Disposing kills it by its id if it still runs,
/// so a failing test never leaves a silo or a Redis behind, and never touches a process it did not start. A process
/// that ends without disposing (Ctrl-C ends the CLI after a short grace) kills what is still running with
/// <see cref="KillAllStarted"/>.
/// </summary>
public sealed class ChildProcess : IAsyncDisposable
{
    /// <summary>Started and not yet disposed, by process id.</summary>
    private static readonly ConcurrentDictionary<int, ChildProcess> Running = new();

    private readonly Process _process;
    private readonly StringBuilder _out = new();
    private readonly StringBuilder _err = new();
    private readonly object _gate = new();
    private readonly TaskCompletionSource _exited = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private ChildProcess(Process process) => _process = process;

    public int Id => _process.Id;

    public bool HasExited => _process.HasExited;

    public int ExitCode => _process.ExitCode;

    public string StandardOutput
    {
        get
        {
            lock (_gate) return _out.ToString();
        }
    }

    public string StandardError
    {
        get
        {
            lock (_gate) return _err.ToString();
        }
    }

    public static ChildProcess Start(string fileName, IEnumerable<string> arguments, string workingDirectory)
    {
        var info = new ProcessStartInfo(fileName)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments) info.ArgumentList.Add(argument);
        var process = new Process { StartInfo = info, EnableRaisingEvents = true };
        var child = new ChildProcess(process);
        process.OutputDataReceived += (_, e) => child.Append(child._out, e.Data);
        process.ErrorDataReceived += (_, e) => child.Append(child._err, e.Data);
        process.Exited += (_, _) => child._exited.TrySetResult();
        process.Start();
        Running[process.Id] = child;
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return child;
    }

    /// <summary>Waits until standard error holds <paramref name="text"/>; false if the process exits or the time runs out first.</summary>
    public async Task<bool> WaitForErrorTextAsync(string text, TimeSpan timeout)
    {
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < timeout)
        {
            if (StandardError.Contains(text, StringComparison.Ordinal)) return true;
            if (HasExited) return StandardError.Contains(text, StringComparison.Ordinal);
            await Task.Delay(50);
        }

        return false;
    }

    /// <summary>Waits for the process to exit; false if it still runs after <paramref name="timeout"/>.</summary>
    public async Task<bool> WaitForExitAsync(TimeSpan timeout)
    {
        var finished = await Task.WhenAny(_exited.Task, Task.Delay(timeout)) == _exited.Task;
        if (finished) await _process.WaitForExitAsync(); // drains the output readers
        return finished;
    }

    /// <summary>
    /// What the process did, for a failure message: its id, whether it still runs or its exit code, and its output,
    /// "(nothing)" when empty ("a silo did not start: " once ended with an empty reason).
    /// </summary>
    public string Describe()
    {
        var state = HasExited ? $"exited with code {ExitCode}" : "still running";
        return $"process {Id} {state}; standard error: {Shown(StandardError)}; standard output: {Shown(StandardOutput)}";
    }

    private static string Shown(string text)
    {
        var trimmed = text.Trim();
        if (trimmed.Length == 0) return "(nothing)";
        return trimmed.Length <= 2000 ? trimmed : "…" + trimmed[^2000..];
    }

    /// <summary>SIGKILL, by this process's id: no chance to leave the cluster gracefully.</summary>
    public void Kill()
    {
        if (!_process.HasExited) _process.Kill(entireProcessTree: false);
    }

    /// <summary>
    /// SIGKILLs every process started here and not yet disposed, and waits up to <paramref name="wait"/> for them to be
    /// gone (a CPU budget's group can only be removed once they are): for a process about to end without unwinding.
    /// </summary>
    public static void KillAllStarted(TimeSpan wait)
    {
        var children = Running.Values.ToArray();
        foreach (var child in children)
        {
            try
            {
                child.Kill();
            }
            catch (InvalidOperationException)
            {
                // Already reaped.
            }
        }

        var deadline = Stopwatch.StartNew();
        foreach (var child in children)
        {
            var left = wait - deadline.Elapsed;
            if (left > TimeSpan.Zero) child._exited.Task.Wait(left);
        }
    }

    public async ValueTask DisposeAsync()
    {
        Running.TryRemove(new KeyValuePair<int, ChildProcess>(Id, this));
        try
        {
            Kill();
            await WaitForExitAsync(TimeSpan.FromSeconds(10));
        }
        catch (InvalidOperationException)
        {
            // Never started or already reaped: nothing of ours is left running.
        }

        _process.Dispose();
    }

    private void Append(StringBuilder target, string? line)
    {
        if (line is null) return;
        lock (_gate) target.AppendLine(line);
    }
}
