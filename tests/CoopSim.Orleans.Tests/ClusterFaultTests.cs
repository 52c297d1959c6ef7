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
    /// <summary>
    /// Replications that keep a three-silo run busy for several seconds after its grains appear, on either engine (blocks
    /// fold fast; 12,000 on agency grains once ended within 3 s on a quiet machine).
    /// </summary>
    public static TheoryData<string, int> Engines() => new() { { "orleans", 40_000 }, { "orleans-replications", 400_000 } };

    [Theory]
    [MemberData(nameof(Engines))]
    public async Task Run_TwoOfThreeSilosKilledAtOnce_GivesInProcessBytes(string engine, int runs)
    {
        using var copy = new ScenarioCopy("korea-desk-wanted.yaml");
        var expected = await ClusterRuns.InProcessAsync(copy, runs);
        for (var attempt = 0; attempt < ClusterRuns.Tries(); attempt++)
        {
            await using var silos = await SiloProcesses.StartAsync(redis.Server, Cluster(), CoopSimProcess.Command);
            await using var client = ClusterRuns.Start(copy, runs, engine, silos.ClusterAddress);
            await using (var observer = await SiloObserver.ConnectAsync(silos)) await observer.WaitUntilRunningAsync(client);

            silos.Silos[1].Kill();
            silos.Silos[2].Kill();

            await ClusterRuns.AssertFinishesWithAsync(client, expected, "the kill");
        }
    }

    [Theory]
    [MemberData(nameof(Engines))]
    public async Task Run_EverySiloKilledAndReplaced_GivesInProcessBytes(string engine, int runs)
    {
        using var copy = new ScenarioCopy("korea-desk-wanted.yaml");
        var expected = await ClusterRuns.InProcessAsync(copy, runs);
        for (var attempt = 0; attempt < ClusterRuns.Tries(); attempt++)
        {
            var cluster = Cluster();
            var first = await SiloProcesses.StartAsync(redis.Server, cluster, CoopSimProcess.Command);
            await using var client = ClusterRuns.Start(copy, runs, engine, first.ClusterAddress);
            try
            {
                await using (var observer = await SiloObserver.ConnectAsync(first)) await observer.WaitUntilRunningAsync(client);
                foreach (var silo in first.Silos) silo.Kill();
            }
            finally
            {
                await first.DisposeAsync();
            }

            // New silos of the same cluster, on new ports: the client finds them through Redis.
            await using var second = await SiloProcesses.StartAsync(redis.Server, cluster, CoopSimProcess.Command);
            await ClusterRuns.AssertFinishesWithAsync(client, expected, "the kill");
        }
    }

    private static string Cluster() => "f" + Guid.NewGuid().ToString("N")[..12];
}
