using System.Diagnostics;
using System.Text.Json;
using CoopSim.Bench.LocalCluster;
using CoopSim.Orleans.Hosting;
using CoopSim.Orleans.Tests.Processes;
using StackExchange.Redis;
using Xunit.Abstractions;

namespace CoopSim.Orleans.Tests;

/// <summary>
/// What a cluster suffers besides lost silos (docs/orleans.md, "When a silo dies in the middle of a run"): Redis restarted
/// empty, a client killed mid-run, a silo cut off from the others, a cluster that never comes back. Real redis-server and
/// <c>coopsim silo</c> processes, signals by process id; waits are on conditions, each bounded generously for a busy machine.
/// FAULT_TRIES=N repeats the Redis case N times in a row. Each case writes how long recovery took to the test output
/// (<c>--logger "console;verbosity=detailed"</c>), for docs/orleans.md's fault table; no assertion is on a time.
/// </summary>
[Collection(RedisCollection.Name)]
public sealed class ClusterRecoveryTests(RedisFixture redis, ITestOutputHelper output)
{
    /// <summary>How long a condition may take to come true on a loaded machine; it usually takes seconds.</summary>
    private static readonly TimeSpan ConditionLimit = SiloObserver.ConditionLimit;

    public static TheoryData<string, int> Engines() => ClusterFaultTests.Engines();

    [Fact]
    public async Task Run_RedisRestartedEmptyMidRun_GivesInProcessBytesAndNewClientsFindTheSilos()
    {
        using var copy = new ScenarioCopy("korea-desk-wanted.yaml");
        const int runs = 400_000;
        var expected = await ClusterRuns.InProcessAsync(copy, runs);
        var small = await ClusterRuns.InProcessAsync(copy, 2_000);
        await using var own = await RedisServer.StartAsync(); // restarted by this test, so not the collection's
        for (var attempt = 0; attempt < ClusterRuns.Tries(); attempt++)
        {
            await using var silos = await SiloProcesses.StartAsync(own, Cluster(), CoopSimProcess.Command);
            await using var client = ClusterRuns.Start(copy, runs, "orleans-replications", silos.ClusterAddress);

            await using (var observer = await SiloObserver.ConnectAsync(silos)) await observer.WaitUntilRunningAsync(client);
            await own.RestartEmptyAsync();
            var restarted = Stopwatch.StartNew();
            Assert.True(await SiloObserver.EventuallyAsync(async () => await ActiveRowsAsync(own, silos.ClusterAddress) == silos.Silos.Count),
                $"the silos did not register again within {ConditionLimit.TotalSeconds:0} s of the restart");
            output.WriteLine($"Redis restarted empty: every silo registered again {restarted.Elapsed.TotalSeconds:0.0} s after the restart");
            await ClusterRuns.AssertFinishesWithAsync(client, expected, "the fault");
            output.WriteLine($"Redis restarted empty: the run finished {restarted.Elapsed.TotalSeconds:0.0} s after the restart");

            // The restarted Redis knew nothing of the silos: they wrote their rows again, so a new client finds them.
            await using var later = ClusterRuns.Start(copy, 2_000, "orleans-replications", silos.ClusterAddress);
            await ClusterRuns.AssertFinishesWithAsync(later, small, "the fault");
        }
    }

    [Theory]
    [MemberData(nameof(Engines))]
    public async Task Run_ClientKilledMidRun_SilosDropItsGrainsAndStopComputing(string engine, int runs)
    {
        using var copy = new ScenarioCopy("korea-desk-wanted.yaml");
        await using var silos = await SiloProcesses.StartAsync(redis.Server, Cluster(), CoopSimProcess.Command);
        await using var observer = await SiloObserver.ConnectAsync(silos);
        await using (var client = ClusterRuns.Start(copy, runs, engine, silos.ClusterAddress))
        {
            await observer.WaitUntilRunningAsync(client);
            client.Kill();
        }

        var killed = Stopwatch.StartNew();
        var left = -1;
        Assert.True(await SiloObserver.EventuallyAsync(async () => (left = await observer.CoopSimActivationsAsync()) == 0),
            $"{left} CoopSim grain activations were still on the silos {ConditionLimit.TotalSeconds:0} s after the client was killed");
        output.WriteLine($"{engine}: no CoopSim grain left {killed.Elapsed.TotalSeconds:0.0} s after the client was killed");
        // Idle silos still spend a little CPU (probes, timers, the runtime's background compiling): "stopped" is under a
        // tenth of a core between them.
        Assert.True(await SiloObserver.EventuallyAsync(() => IdleAsync(silos)), $"the silos were still computing {ConditionLimit.TotalSeconds:0} s after the client was killed");
        output.WriteLine($"{engine}: the silos idle {killed.Elapsed.TotalSeconds:0.0} s after the client was killed");
    }

    [Fact]
    public async Task Silo_DeclaredDeadWhileCutOff_LeavesWithOneLine()
    {
        var cluster = Cluster();
        await using var silos = await SiloProcesses.StartAsync(redis.Server, cluster, CoopSimProcess.Command);
        var cutOff = silos.Silos[0];
        ProcessSignals.Freeze(cutOff.Id);
        var frozen = Stopwatch.StartNew();
        try
        {
            // Frozen, it answers no probe: the other two declare it dead, as they would a silo behind a partition.
            Assert.True(await SiloObserver.EventuallyAsync(() => DeclaredDeadAsync(cluster, SiloProcesses.Addresses[0].ToString())),
                $"the frozen silo was not declared dead within {ConditionLimit.TotalSeconds:0} s");
        }
        finally
        {
            ProcessSignals.Thaw(cutOff.Id);
        }

        var dead = frozen.Elapsed;
        Assert.True(await cutOff.WaitForExitAsync(ConditionLimit), $"the silo declared dead did not leave: {cutOff.Describe()}");
        output.WriteLine($"cut off: declared dead {dead.TotalSeconds:0.0} s after the freeze, left {(frozen.Elapsed - dead).TotalSeconds:0.0} s after the thaw");
        Assert.Equal(1, cutOff.ExitCode);
        var lines = cutOff.StandardError.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("coopsim: error: the silo left the cluster: the other silos declared this silo dead", lines[^1]);
        Assert.DoesNotContain(lines, line => line.TrimStart().StartsWith("at ", StringComparison.Ordinal) || line.Contains("FATAL", StringComparison.Ordinal));
        Assert.Equal(2, lines.Length); // the ready line and the reason
    }

    [Fact]
    public async Task Run_EverySiloKilledNoneReplaced_FailsAfterClusterWaitInOneLine()
    {
        using var copy = new ScenarioCopy("korea-desk-wanted.yaml");
        var first = await SiloProcesses.StartAsync(redis.Server, Cluster(), CoopSimProcess.Command);
        await using var client = ClusterRuns.Start(copy, 400_000, "orleans-replications", first.ClusterAddress, "--cluster-wait", "5s");
        try
        {
            // Killed once the run is on the silos: before that, the client would fail to connect (another message).
            await using (var observer = await SiloObserver.ConnectAsync(first)) await observer.WaitUntilRunningAsync(client);
            foreach (var silo in first.Silos) silo.Kill();
        }
        finally
        {
            await first.DisposeAsync();
        }

        var killed = Stopwatch.StartNew();
        Assert.True(await client.WaitForExitAsync(ClusterRuns.RunLimit), "the client kept waiting for a cluster that was gone");
        output.WriteLine($"every silo killed, --cluster-wait 5s: the client failed {killed.Elapsed.TotalSeconds:0.0} s after the kill");
        Assert.Equal(1, client.ExitCode);
        Assert.Equal("", client.StandardOutput);
        var lines = client.StandardError.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Single(lines, line => line.StartsWith("coopsim: waiting for the cluster (up to 5 s)", StringComparison.Ordinal));
        Assert.StartsWith("coopsim: error: lost the Orleans cluster", lines[^1]);
        Assert.Contains("no result was written", lines[^1]);
    }

    private static string Cluster() => "r" + Guid.NewGuid().ToString("N")[..12];

    /// <summary>True when the silos together used under a tenth of a core over the next two seconds.</summary>
    private static async Task<bool> IdleAsync(SiloProcesses silos)
    {
        var window = TimeSpan.FromSeconds(2);
        var before = silos.Silos.Sum(s => ProcessSignals.CpuTime(s.Id).TotalSeconds);
        await Task.Delay(window);
        var after = silos.Silos.Sum(s => ProcessSignals.CpuTime(s.Id).TotalSeconds);
        return after - before < 0.1 * window.TotalSeconds;
    }

    /// <summary>The active silos (Orleans' SiloStatus 3) in the membership table of <paramref name="membership"/> (redis://HOST:PORT/NAME).</summary>
    private static async Task<int> ActiveRowsAsync(RedisServer server, string membership)
    {
        await using var connection = await ConnectionMultiplexer.ConnectAsync($"127.0.0.1:{server.Port}");
        var cluster = membership[(membership.LastIndexOf('/') + 1)..];
        var rows = await connection.GetDatabase().HashValuesAsync($"{SiloConfiguration.ServiceId}/members/{cluster}");
        return rows.Where(r => r.HasValue).Select(r => JsonDocument.Parse((string)r!).RootElement)
            .Count(row => row.ValueKind == JsonValueKind.Object && row.GetProperty("Status").GetInt32() == 3);
    }

    /// <summary>Whether the membership table in Redis holds the silo at <paramref name="address"/> as dead (Orleans' SiloStatus 6).</summary>
    private async Task<bool> DeclaredDeadAsync(string cluster, string address)
    {
        await using var connection = await ConnectionMultiplexer.ConnectAsync($"127.0.0.1:{redis.Server.Port}");
        var rows = await connection.GetDatabase().HashValuesAsync($"{SiloConfiguration.ServiceId}/members/{cluster}");
        // The hash also holds the table's version, a bare number.
        return rows.Where(r => r.HasValue).Select(r => JsonDocument.Parse((string)r!).RootElement).Any(row => row.ValueKind == JsonValueKind.Object
            && row.GetProperty("SiloAddress").GetProperty("SiloAddress").GetString()!.StartsWith(address + ":", StringComparison.Ordinal)
            && row.GetProperty("Status").GetInt32() == 6);
    }
}
