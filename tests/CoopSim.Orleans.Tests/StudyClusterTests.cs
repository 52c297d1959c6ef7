using CoopSim.Bench.LocalCluster;
using CoopSim.Orleans.Tests.Processes;

namespace CoopSim.Orleans.Tests;

/// <summary>
/// Studies whose points change the scenario in memory (a sweep's settings, advice candidates, sensitivity samples) on
/// a Redis cluster of two `coopsim silo` processes: each point's changes travel with its run, so the CSV is the
/// in-process engine's byte for byte (the silos once ran every point as the scenario is written, so these refused --cluster).
/// </summary>
[Collection(RedisCollection.Name)]
public sealed class StudyClusterTests(RedisFixture redis)
{
    private static readonly TimeSpan RunLimit = TimeSpan.FromMinutes(4);

    [Fact]
    public async Task Sweep_TwoSilos_CsvIsInProcessBytes()
    {
        using var copy = new ScenarioCopy("korea-desk-wanted.yaml");
        string[] sweep = ["sweep", copy.ScenarioPath, "--vary", "channels.kr-vn-desk.loss=0,0.5", "--vary", "channels.kr-vn-desk.latency.median=2h,6h",
            "--runs", "200", "--seed", "3", "--format", "csv"];

        await AssertClusterGivesInProcessBytesAsync(copy, sweep, "orleans-replications");
    }

    [Fact]
    public async Task Advise_TwoSilos_CsvIsInProcessBytes()
    {
        using var copy = new ScenarioCopy("uz-entry-block-without-mou.yaml");
        var candidates = Path.Combine(RepoPaths.Scenarios, "candidates", "uz-entry-block-candidates.yaml");
        string[] advise = ["advise", copy.ScenarioPath, "--candidates", candidates, "--pick", "2", "--runs", "100", "--seed", "5", "--format", "csv"];

        await AssertClusterGivesInProcessBytesAsync(copy, advise, "orleans");
    }

    [Fact]
    public async Task Sensitivity_TwoSilos_CsvIsInProcessBytes()
    {
        using var copy = new ScenarioCopy("uz-entry-block.yaml");
        string[] sensitivity = ["sensitivity", copy.ScenarioPath, "--runs", "10", "--trajectories", "2", "--sobol-top", "1", "--sobol-samples", "8", "--format", "csv"];

        await AssertClusterGivesInProcessBytesAsync(copy, sensitivity, "orleans-replications");
    }

    private async Task AssertClusterGivesInProcessBytesAsync(ScenarioCopy copy, string[] study, string engine)
    {
        var expected = await RunToEndAsync(copy, [.. study, "--engine", "inproc"]);
        await using var silos = await SiloProcesses.StartAsync(redis.Server, "t" + Guid.NewGuid().ToString("N")[..12], 2, _ => CoopSimProcess.Command);

        var actual = await RunToEndAsync(copy, [.. study, "--engine", engine, "--cluster", silos.ClusterAddress]);

        Assert.Equal(expected, actual);
    }

    private static async Task<string> RunToEndAsync(ScenarioCopy copy, string[] arguments)
    {
        await using var run = CoopSimProcess.Start(copy.Folder, arguments);
        Assert.True(await run.WaitForExitAsync(RunLimit), $"coopsim {string.Join(' ', arguments)} did not finish");
        Assert.True(run.ExitCode == 0, run.Describe());
        Assert.NotEqual("", run.StandardOutput);
        return run.StandardOutput;
    }
}
