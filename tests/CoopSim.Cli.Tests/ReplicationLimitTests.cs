using System.Text.Json;
using CoopSim.Tests.Shared;

namespace CoopSim.Cli.Tests;

/// <summary>
/// <c>run</c> folds replications as they finish, so it takes more of them than the commands that keep every
/// replication for paired comparisons.
/// </summary>
public sealed class ReplicationLimitTests
{
    [Fact]
    public async Task Run_MoreRunsThanKeptCommandsTake_RunsThemAll()
    {
        var result = await CliHarness.RunAsync("run", "scenarios/korea-desk-wanted.yaml", "--runs", "100001", "--format", "json", "--engine", "inproc");

        Assert.Equal(0, result.ExitCode);
        using var doc = JsonDocument.Parse(result.Out);
        Assert.Equal(100_001, doc.RootElement.GetProperty("replications").GetInt32());
    }

    [Fact]
    public async Task Run_MoreThanTenMillionRuns_OneLineErrorAndExitTwo()
    {
        var result = await CliHarness.RunAsync("run", "scenarios/korea-desk-wanted.yaml", "--runs", "10000001", "--engine", "inproc");

        Assert.Equal(2, result.ExitCode);
        Assert.Equal("coopsim: error: --runs must be from 1 to 10,000,000", result.Error.Trim());
    }

    [Theory]
    [InlineData("sweep", "--vary", "channels.kr-vn-desk.latency.median=1h..2h/1h")]
    [InlineData("advise", "--candidates", "no-such-candidates.yaml")]
    [InlineData("compare", "scenarios/korea-desk-wanted-interpol-only.yaml")]
    public async Task KeptCommand_MoreThanHundredThousandRuns_OneLineErrorAndExitTwo(string command, params string[] more)
    {
        string[] args = [command, "scenarios/korea-desk-wanted.yaml", .. more, "--runs", "100001"];
        var result = await CliHarness.RunAsync(args);

        Assert.Equal(2, result.ExitCode);
        Assert.Equal("coopsim: error: --runs must be from 1 to 100,000", result.Error.Trim());
    }
}
