using System.Diagnostics;
using System.Globalization;
using CoopSim.Bench.LocalCluster;

namespace CoopSim.Orleans.Tests.Processes;

/// <summary>
/// The runs the fault tests compare: <c>coopsim run</c> on a cluster, and the same run in-process whose bytes it
/// must give, whatever happened to the cluster meanwhile.
/// </summary>
internal static class ClusterRuns
{
    /// <summary>Generous: a run on a cluster that lost silos on a busy machine; each wait ends as soon as the run does.</summary>
    public static readonly TimeSpan RunLimit = TimeSpan.FromMinutes(4);

    /// <summary>How many times each fault is tried in a row: <c>FAULT_TRIES</c>, else once.</summary>
    public static int Tries() =>
        int.TryParse(Environment.GetEnvironmentVariable("FAULT_TRIES"), NumberStyles.None, CultureInfo.InvariantCulture, out var tries) && tries > 0 ? tries : 1;

    public static ChildProcess Start(ScenarioCopy copy, int runs, string engine, string cluster, params string[] more) =>
        CoopSimProcess.Start(copy.Folder, ["run", copy.ScenarioPath, "--runs", runs.ToString(CultureInfo.InvariantCulture), "--seed", "3", "--format", "json",
            "--engine", engine, "--cluster", cluster, .. more]);

    /// <summary>The bytes every engine must give: the same run with <c>--engine inproc</c>.</summary>
    public static async Task<string> InProcessAsync(ScenarioCopy copy, int runs)
    {
        await using var run = CoopSimProcess.Start(copy.Folder, "run", copy.ScenarioPath, "--runs", runs.ToString(CultureInfo.InvariantCulture), "--seed", "3",
            "--format", "json", "--engine", "inproc");
        Assert.True(await run.WaitForExitAsync(RunLimit), "the in-process run did not finish");
        Assert.True(run.ExitCode == 0, run.StandardError);
        return run.StandardOutput;
    }

    /// <summary>The client ends well after <paramref name="fault"/> and writes <paramref name="expected"/>.</summary>
    public static async Task AssertFinishesWithAsync(ChildProcess client, string expected, string fault)
    {
        var clock = Stopwatch.StartNew();
        Assert.True(await client.WaitForExitAsync(RunLimit), $"the run hung after {fault}");
        Assert.True(client.ExitCode == 0, $"exit {client.ExitCode} {clock.Elapsed.TotalSeconds:0} s after {fault}: {client.StandardError}");
        Assert.Equal(expected, client.StandardOutput);
    }
}
