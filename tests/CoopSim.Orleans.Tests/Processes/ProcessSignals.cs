using System.Globalization;
using System.Runtime.InteropServices;

namespace CoopSim.Orleans.Tests.Processes;

/// <summary>What the fault tests do to a process by its id that .NET has no call for: freeze and thaw it, read its CPU time.</summary>
internal static class ProcessSignals
{
    private const int SigStop = 19;
    private const int SigCont = 18;

    /// <summary>SIGSTOP: the process stops answering anyone, as one cut off by a network partition would.</summary>
    public static void Freeze(int pid) => Send(pid, SigStop);

    public static void Thaw(int pid) => Send(pid, SigCont);

    /// <summary>User plus system CPU time the process has used so far (/proc/PID/stat, in clock ticks of 1/100 s).</summary>
    public static TimeSpan CpuTime(int pid)
    {
        var stat = File.ReadAllText($"/proc/{pid}/stat");
        // The command name (field 2) may hold spaces; the fields after its closing parenthesis do not.
        var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        var ticks = long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture);
        return TimeSpan.FromSeconds(ticks / 100.0);
    }

    private static void Send(int pid, int signal)
    {
        if (Kill(pid, signal) != 0) throw new InvalidOperationException($"kill({pid}, {signal}) failed: errno {Marshal.GetLastPInvokeError()}");
    }

    // DllImport, not LibraryImport: the generated stub needs unsafe code, which the test project does not allow for this one call.
    [DllImport("libc", EntryPoint = "kill", SetLastError = true)]
    private static extern int Kill(int pid, int signal);
}
