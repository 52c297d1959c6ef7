using System.Diagnostics;
using CoopSim.Bench.LocalCluster;
using CoopSim.Orleans.Hosting;

namespace CoopSim.Orleans.Tests.Processes;

/// <summary>
/// What the fault tests wait on, as conditions rather than times: a client of the silos' cluster of its own that
/// counts CoopSim's grain activations on them, and a generous bound on any condition.
/// </summary>
internal sealed class SiloObserver : IAsyncDisposable
{
    /// <summary>Generous: each wait ends as soon as its condition holds.</summary>
    public static readonly TimeSpan ConditionLimit = TimeSpan.FromSeconds(90);

    private readonly OrleansConnection _connection;

    private SiloObserver(OrleansConnection connection) => _connection = connection;

    public static async Task<SiloObserver> ConnectAsync(SiloProcesses silos) => new(await OrleansConnection.ConnectClientAsync(
        ClusterAddress.Parse(silos.ClusterAddress), null, null, TimeSpan.FromSeconds(60), CancellationToken.None));

    /// <summary>CoopSim grain activations on the silos now.</summary>
    public async Task<int> CoopSimActivationsAsync() =>
        (await _connection.Grains.GetGrain<IManagementGrain>(0).GetSimpleGrainStatistics())
        .Where(s => s.GrainType.Contains("CoopSim", StringComparison.Ordinal))
        .Sum(s => s.ActivationCount);

    /// <summary>
    /// Waits until <paramref name="client"/>'s run is under way on the silos (its grains are active there), so a fault
    /// lands mid-run; fails if the run ended first.
    /// </summary>
    public async Task WaitUntilRunningAsync(ChildProcess client)
    {
        Assert.True(await EventuallyAsync(async () => client.HasExited || await CoopSimActivationsAsync() > 0), "the run never reached the silos");
        Assert.False(client.HasExited, $"the run ended before the fault: {client.StandardError}");
    }

    public static async Task<bool> EventuallyAsync(Func<Task<bool>> condition)
    {
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < ConditionLimit)
        {
            if (await condition()) return true;
            await Task.Delay(TimeSpan.FromMilliseconds(200));
        }

        return false;
    }

    public ValueTask DisposeAsync() => _connection.DisposeAsync();
}
