namespace CoopSim.Cli.Tests.Engines;

/// <summary>check, compare and report take --cluster as run does, and refuse it in one line where it cannot apply.</summary>
public sealed class ClusterOptionTests
{
    public static TheoryData<string[]> Commands() => new()
    {
        new[] { "check", "scenarios/uz-entry-block.yaml" },
        new[] { "compare", "scenarios/uz-entry-block.yaml", "scenarios/uz-entry-block-without-mou.yaml", "--runs", "5" },
    };

    [Theory]
    [MemberData(nameof(Commands))]
    public async Task Command_ClusterWithInproc_IsBadInputInOneLine(string[] arguments)
    {
        var result = await CliHarness.RunAsync([.. arguments, "--engine", "inproc", "--cluster", "30000"]);

        Assert.Equal(2, result.ExitCode);
        Assert.Equal("coopsim: error: --cluster needs --engine orleans", result.Error.Trim());
        Assert.Equal("", result.Out);
    }

    [Theory]
    [MemberData(nameof(Commands))]
    public async Task Command_BadClusterAddress_IsBadInputInOneLine(string[] arguments)
    {
        var result = await CliHarness.RunAsync([.. arguments, "--cluster", "redis://"]);

        Assert.Equal(2, result.ExitCode);
        var line = Assert.Single(result.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("coopsim: error:", line);
    }
}
