using System.Diagnostics;
using System.Globalization;
using CoopSim.Bench.LocalCluster;
using CoopSim.Orleans.Tests.Processes;

namespace CoopSim.Orleans.Tests;

/// <summary>
/// Losing silos costs time, never a result (docs/orleans.md, "When silos die"): real redis-server, three
/// <c>coopsim silo</c> processes, SIGKILL by process id. Each case runs once per <c>dotnet test</c>; FAULT_TRIES=N
/// repeats it N times in a row (every try must give the in-process bytes).
/// </summary>
[Collection(RedisCollection.Name)]
public sealed class ClusterFaultTests(RedisFixture redis)
{
    private static readonly TimeSpan RunLimit = TimeSpan.FromMinutes(4);

    /// <summary>Replications that keep a three-silo run busy past the kill at 3 s on either engine (blocks fold fast).</summary>
    public static TheoryData<string, int> Engines() => new() { { "orleans", 12_000 }, { "orleans-replications", 400_000 } };

    [Theory]
    [MemberData(nameof(Engines))]
    public async Task Run_TwoOfThreeSilosKilledAtOnce_GivesInProcessBytes(string engine, int runs)
    {
        using var copy = new ScenarioCopy("korea-desk-wanted.yaml");
        var expected = await InProcessAsync(copy, runs);
        for (var attempt = 0; attempt < Tries(); attempt++)
        {
            await using var silos = await SiloProcesses.StartAsync(redis.Server, Cluster(), CoopSimProcess.Command);
            await using var client = StartRun(copy, runs, engine, silos.ClusterAddress);

            await Task.Delay(TimeSpan.FromSeconds(3));
            Assert.False(client.HasExited, $"the run ended before the silos could be killed: {client.StandardError}");
            silos.Silos[1].Kill();
            silos.Silos[2].Kill();

            await AssertFinishesWithAsync(client, expected);
        }
    }

    [Theory]
    [MemberData(nameof(Engines))]
    public async Task Run_EverySiloKilledAndReplaced_GivesInProcessBytes(string engine, int runs)
    {
        using var copy = new ScenarioCopy("korea-desk-wanted.yaml");
        var expected = await InProcessAsync(copy, runs);
        for (var attempt = 0; attempt < Tries(); attempt++)
        {
            var cluster = Cluster();
            var first = await SiloProcesses.StartAsync(redis.Server, cluster, CoopSimProcess.Command);
            await using var client = StartRun(copy, runs, engine, first.ClusterAddress);
            try
            {
                await Task.Delay(TimeSpan.FromSeconds(3));
                Assert.False(client.HasExited, $"the run ended before the silos could be killed: {client.StandardError}");
                foreach (var silo in first.Silos) silo.Kill();
            }
            finally
            {
                await first.DisposeAsync();
            }

            // New silos of the same cluster, on new ports: the client finds them through Redis.
            await using var second = await SiloProcesses.StartAsync(redis.Server, cluster, CoopSimProcess.Command);
            await AssertFinishesWithAsync(client, expected);
        }
    }

    private static int Tries() =>
        int.TryParse(Environment.GetEnvironmentVariable("FAULT_TRIES"), NumberStyles.None, CultureInfo.InvariantCulture, out var tries) && tries > 0 ? tries : 1;

    private static string Cluster() => "f" + Guid.NewGuid().ToString("N")[..12];

    private static ChildProcess StartRun(ScenarioCopy copy, int runs, string engine, string cluster) =>
        CoopSimProcess.Start(copy.Folder, "run", copy.ScenarioPath, "--runs", runs.ToString(CultureInfo.InvariantCulture), "--seed", "3", "--format", "json",
            "--engine", engine, "--cluster", cluster);

    private static async Task<string> InProcessAsync(ScenarioCopy copy, int runs)
    {
        await using var run = CoopSimProcess.Start(copy.Folder, "run", copy.ScenarioPath, "--runs", runs.ToString(CultureInfo.InvariantCulture), "--seed", "3",
            "--format", "json", "--engine", "inproc");
        Assert.True(await run.WaitForExitAsync(RunLimit), "the in-process run did not finish");
        Assert.True(run.ExitCode == 0, run.StandardError);
        return run.StandardOutput;
    }

    private static async Task AssertFinishesWithAsync(ChildProcess client, string expected)
    {
        var clock = Stopwatch.StartNew();
        Assert.True(await client.WaitForExitAsync(RunLimit), "the run hung after the silos were killed");
        Assert.True(client.ExitCode == 0, $"exit {client.ExitCode} {clock.Elapsed.TotalSeconds:0} s after the kill: {client.StandardError}");
        Assert.Equal(expected, client.StandardOutput);
    }
}
