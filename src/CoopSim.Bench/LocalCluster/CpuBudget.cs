using System.Collections.Concurrent;
using System.Globalization;

namespace CoopSim.Bench.LocalCluster;

/// <summary>
/// A CPU budget for processes this benchmark starts: a cgroup of their own with a CPU quota (cgroup v1's <c>cpu</c>
/// controller, <c>cpu.cfs_quota_us</c> per <c>cpu.cfs_period_us</c>, or cgroup v2's <c>cpu.max</c>), so that N silos
/// on one machine stand for N machines of that size. Needs root. Disposing removes the group once its processes are
/// gone; nothing else on the machine is touched.
/// </summary>
public sealed class CpuBudget : IDisposable
{
    private const int PeriodMicroseconds = 100_000;
    private const string V1Root = "/sys/fs/cgroup/cpu";
    private const string V2Root = "/sys/fs/cgroup";

    /// <summary>Groups made and not yet removed, for a process that ends without disposing them.</summary>
    private static readonly ConcurrentDictionary<string, CpuBudget> Made = new(StringComparer.Ordinal);

    private readonly string _folder;

    private CpuBudget(string folder, double cores, string how)
    {
        _folder = folder;
        Made[folder] = this;
        Cores = cores;
        How = how;
    }

    public double Cores { get; }

    /// <summary>How the budget is enforced, for the benchmark's header.</summary>
    public string How { get; }

    /// <summary>
    /// A new group of <paramref name="cores"/> cores named <paramref name="name"/>, or null with <paramref name="why"/>
    /// when this machine has no writable cgroup CPU controller.
    /// </summary>
    public static CpuBudget? TryCreate(string name, double cores, out string why)
    {
        var quota = ((int)Math.Round(cores * PeriodMicroseconds)).ToString(CultureInfo.InvariantCulture);
        var period = PeriodMicroseconds.ToString(CultureInfo.InvariantCulture);
        try
        {
            if (File.Exists(Path.Combine(V1Root, "cpu.cfs_quota_us")))
            {
                var folder = Directory.CreateDirectory(Path.Combine(V1Root, name)).FullName;
                File.WriteAllText(Path.Combine(folder, "cpu.cfs_period_us"), period);
                File.WriteAllText(Path.Combine(folder, "cpu.cfs_quota_us"), quota);
                why = "";
                return new CpuBudget(folder, cores, $"cgroup v1 cpu controller, cpu.cfs_quota_us {quota} per {period} µs");
            }

            if (File.Exists(Path.Combine(V2Root, "cgroup.controllers")) && File.ReadAllText(Path.Combine(V2Root, "cgroup.controllers")).Contains("cpu", StringComparison.Ordinal))
            {
                var folder = Directory.CreateDirectory(Path.Combine(V2Root, name)).FullName;
                File.WriteAllText(Path.Combine(folder, "cpu.max"), $"{quota} {period}");
                why = "";
                return new CpuBudget(folder, cores, $"cgroup v2 cpu.max {quota} {period}");
            }

            why = "this machine has no cgroup cpu controller (neither /sys/fs/cgroup/cpu nor a cgroup v2 cpu.max)";
            return null;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            why = $"cannot make a cgroup under /sys/fs/cgroup ({ex.Message}; it needs root)";
            return null;
        }
    }

    /// <summary>
    /// <paramref name="command"/> started inside the group: a shell joins it and then becomes the command (exec, same
    /// process id), so the runtime sees the quota from its first instruction (.NET sizes its thread pool and
    /// <see cref="Environment.ProcessorCount"/> by it: half a core counts as one).
    /// </summary>
    public CoopSimCommand Wrap(CoopSimCommand command) =>
        new("/bin/sh", ["-c", $"echo $$ > '{Path.Combine(_folder, "cgroup.procs")}' && exec \"$0\" \"$@\"", command.FileName, .. command.Prefix]);

    public void Dispose() => Remove(attempts: 50);

    /// <summary>Removes every group made here and not yet disposed, once (after their processes were killed).</summary>
    public static void RemoveAllMade()
    {
        foreach (var budget in Made.Values) budget.Remove(attempts: 5);
    }

    private void Remove(int attempts)
    {
        // A group can be removed once its processes have exited (their exit may take a moment to be seen).
        for (var attempt = 0; attempt < attempts; attempt++)
        {
            try
            {
                if (Directory.Exists(_folder)) Directory.Delete(_folder);
                Made.TryRemove(_folder, out _);
                return;
            }
            catch (IOException)
            {
                Thread.Sleep(100);
            }
        }
    }
}
