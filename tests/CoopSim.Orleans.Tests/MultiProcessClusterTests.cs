using System.Diagnostics;
using System.Globalization;
using System.Net;
using CoopSim.Bench.LocalCluster;
using CoopSim.Orleans.Tests.Processes;

namespace CoopSim.Orleans.Tests;

/// <summary>
/// The real thing (issue 10): a Redis, three `coopsim silo` processes on three addresses, and `coopsim run
/// --cluster redis://…` as a client from a folder the silos were never told about. Results must be the
/// in-process engine's bytes, also when a silo is SIGKILLed in the middle of a run.
/// </summary>
[Collection(RedisCollection.Name)]
public sealed class MultiProcessClusterTests(RedisFixture redis)
{
    private static readonly TimeSpan RunLimit = TimeSpan.FromMinutes(4);

    [Theory]
    [InlineData("orleans")]
    [InlineData("orleans-replications")]
    public async Task Run_ThreeSilosOnThreeAddresses_GivesInProcessBytes(string engine)
    {
        using var copy = new ScenarioCopy("korea-desk-outage-manhunt.yaml");
        await using var silos = await SiloProcesses.StartAsync(redis.Server, Cluster(), CoopSimProcess.Command);
        var expected = await RunToEndAsync(copy, "--runs", "50", "--seed", "3", "--engine", "inproc");

        var actual = await RunToEndAsync(copy, "--runs", "50", "--seed", "3", "--engine", engine, "--cluster", silos.ClusterAddress);

        Assert.Equal(expected, actual);
    }

    // The kill lands once the run's grains are on the silos (a condition, not a time), with as many replications as the
    // fault tests give each engine to keep three silos busy for seconds after that.
    [Theory]
    [MemberData(nameof(ClusterFaultTests.Engines), MemberType = typeof(ClusterFaultTests))]
    public async Task Run_SiloKilledMidRun_GivesInProcessBytesWithinAMinute(string engine, int runs)
    {
        using var copy = new ScenarioCopy("korea-desk-wanted.yaml");
        await using var silos = await SiloProcesses.StartAsync(redis.Server, Cluster(), CoopSimProcess.Command);
        var runsText = runs.ToString(CultureInfo.InvariantCulture);
        var expected = await RunToEndAsync(copy, "--runs", runsText, "--seed", "3", "--engine", "inproc");
        await using var client = CoopSimProcess.Start(copy.Folder, "run", copy.ScenarioPath, "--runs", runsText, "--seed", "3", "--format", "json",
            "--engine", engine, "--cluster", silos.ClusterAddress);

        await using (var observer = await SiloObserver.ConnectAsync(silos)) await observer.WaitUntilRunningAsync(client);
        silos.Silos[1].Kill();
        var sinceKill = Stopwatch.StartNew();
        var finished = await client.WaitForExitAsync(RunLimit);
        sinceKill.Stop();

        Assert.True(finished, "the run hung after a silo was killed");
        Assert.True(client.ExitCode == 0, client.Describe());
        Assert.Equal(expected, client.StandardOutput);
        Assert.True(sinceKill.Elapsed < TimeSpan.FromSeconds(60), $"the run took {sinceKill.Elapsed.TotalSeconds:0} s after the kill");
    }

    [Fact]
    public async Task Silo_RedisUnreachable_ExitsNonZeroWithOneLineNamingTheAddress()
    {
        var port = FreePorts.On(IPAddress.Loopback);
        var folder = Directory.CreateTempSubdirectory("coopsim-silo-").FullName;
        await using var silo = CoopSimProcess.Start(folder, "silo", "--membership", $"redis://127.0.0.1:{port}/nobody",
            "--port", FreePorts.On(IPAddress.Loopback).ToString(CultureInfo.InvariantCulture),
            "--gateway-port", FreePorts.On(IPAddress.Loopback).ToString(CultureInfo.InvariantCulture));

        Assert.True(await silo.WaitForExitAsync(TimeSpan.FromSeconds(60)), "the silo kept running without Redis");
        Assert.NotEqual(0, silo.ExitCode);
        var line = Assert.Single(silo.StandardError.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains($"127.0.0.1:{port}", line);
        Assert.StartsWith("coopsim: error:", line);
    }

    [Fact]
    public async Task Run_ClusterWithNoSilo_FailsWithAWaitingLineAndOneError()
    {
        using var copy = new ScenarioCopy("korea-desk-wanted.yaml");
        await using var client = CoopSimProcess.Start(copy.Folder, "run", copy.ScenarioPath, "--runs", "5", "--cluster", redis.Server.Membership(Cluster()),
            "--cluster-wait", "10s");

        Assert.True(await client.WaitForExitAsync(TimeSpan.FromSeconds(90)), "the client kept waiting for a silo");
        Assert.Equal(1, client.ExitCode);
        var lines = client.StandardError.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, lines.Length);
        Assert.StartsWith("coopsim: waiting for the cluster (up to 10 s): cluster", lines[0]);
        Assert.StartsWith("coopsim: error: no Orleans silo of cluster", lines[1]);
        Assert.Equal("", client.StandardOutput);
    }

    /// <summary>A cluster name of its own per test, so no test ever meets another's silos in the shared Redis.</summary>
    private static string Cluster() => "t" + Guid.NewGuid().ToString("N")[..12];

    private static async Task<string> RunToEndAsync(ScenarioCopy copy, params string[] arguments)
    {
        await using var run = CoopSimProcess.Start(copy.Folder, ["run", copy.ScenarioPath, "--format", "json", .. arguments]);
        Assert.True(await run.WaitForExitAsync(RunLimit), $"coopsim run {string.Join(' ', arguments)} did not finish");
        Assert.True(run.ExitCode == 0, run.Describe());
        return run.StandardOutput;
    }
}
