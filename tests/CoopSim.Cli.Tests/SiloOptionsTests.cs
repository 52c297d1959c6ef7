namespace CoopSim.Cli.Tests;

/// <summary>`coopsim silo` and `run --cluster` refuse bad addresses in one line, before starting anything.</summary>
public sealed class SiloOptionsTests
{
    [Theory]
    [InlineData("--membership http://x:1", "is not a Redis address")]
    [InlineData("--membership redis://127.0.0.1", "is not a Redis address")]
    [InlineData("--advertise nope", "is not an IP address")]
    [InlineData("--advertise 127.0.0.2", "--advertise needs --membership")]
    [InlineData("--advertise 10.0.0.5 --membership redis://127.0.0.1:6379", "add --public")]
    [InlineData("--port 0", "--port 0 is not a port")]
    [InlineData("--gateway-port 70000", "--gateway-port 70000 is not a port")]
    public async Task Silo_BadAddress_ExitsTwoWithOneLine(string options, string expected)
    {
        var result = await CliHarness.RunAsync(["silo", .. options.Split(' ')]);

        Assert.Equal(2, result.ExitCode);
        var line = Assert.Single(result.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("coopsim: error:", line);
        Assert.Contains(expected, line);
    }

    [Theory]
    [InlineData("redis://127.0.0.1", "is not a Redis address")]
    [InlineData("dev@99999", "is not a port")]
    public async Task Run_BadClusterAddress_ExitsTwoWithOneLine(string cluster, string expected)
    {
        var result = await CliHarness.RunAsync("run", "scenarios/korea-desk-wanted.yaml", "--runs", "2", "--cluster", cluster);

        Assert.Equal(2, result.ExitCode);
        var line = Assert.Single(result.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains(expected, line);
        Assert.Equal("", result.Out);
    }
}
