using CoopSim.Bench.LocalCluster;

namespace CoopSim.Bench.Tests.LocalCluster;

/// <summary>A process that never becomes ready is reported with its cause: how it ended and what it printed, never an empty reason.</summary>
public sealed class ChildProcessTests
{
    [Fact]
    public async Task WaitForErrorText_ProcessEndsFirst_ReturnsAtOnceAndDescribeNamesTheExitCodeAndOutput()
    {
        await using var process = ChildProcess.Start("sh", ["-c", "echo 'cannot bind 127.0.0.2:11111' >&2; exit 3"], Path.GetTempPath());

        var clock = System.Diagnostics.Stopwatch.StartNew();
        Assert.False(await process.WaitForErrorTextAsync("Ctrl-C stops it", TimeSpan.FromMinutes(2)));
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(60), "waited for the limit although the process had ended");
        Assert.True(await process.WaitForExitAsync(TimeSpan.FromSeconds(30)));

        var described = process.Describe();
        Assert.Contains("exited with code 3", described);
        Assert.Contains("cannot bind 127.0.0.2:11111", described);
        Assert.Contains("standard output: (nothing)", described);
    }

    [Fact]
    public async Task Describe_SilentProcessStillRunning_SaysSoInsteadOfAnEmptyReason()
    {
        await using var process = ChildProcess.Start("sleep", ["30"], Path.GetTempPath());

        Assert.False(await process.WaitForErrorTextAsync("ready", TimeSpan.FromMilliseconds(200)));

        Assert.Equal($"process {process.Id} still running; standard error: (nothing); standard output: (nothing)", process.Describe());
    }
}
