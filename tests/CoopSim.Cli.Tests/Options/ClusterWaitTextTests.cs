using CoopSim.Cli.Options;

namespace CoopSim.Cli.Tests.Options;

/// <summary><c>--cluster-wait DURATION</c>, taken by every command that takes --cluster: seconds, minutes or hours; anything else is bad input in one line.</summary>
public sealed class ClusterWaitTextTests
{
    public static TheoryData<string[]> Commands() => new()
    {
        new[] { "run", "scenarios/uz-entry-block.yaml", "--runs", "5" },
        new[] { "check", "scenarios/uz-entry-block.yaml" },
        new[] { "compare", "scenarios/uz-entry-block.yaml", "scenarios/uz-entry-block-without-mou.yaml", "--runs", "5" },
        new[] { "report", "scenarios/uz-entry-block.yaml", "--runs", "5", "--out", "-" },
    };

    [Theory]
    [InlineData("90", 90)]
    [InlineData("90s", 90)]
    [InlineData("2m", 120)]
    [InlineData("1h", 3600)]
    [InlineData("0", 0)]
    public void Parse_Duration_GivesSeconds(string text, int seconds) => Assert.Equal(TimeSpan.FromSeconds(seconds), ClusterWaitText.Parse(text));

    [Fact]
    public void Parse_Absent_IsSixtySeconds() => Assert.Equal(TimeSpan.FromSeconds(60), ClusterWaitText.Parse(null));

    [Theory]
    [InlineData("-5")]
    [InlineData("5x")]
    [InlineData("1.5m")]
    [InlineData("25h")]
    [InlineData("")]
    public void Parse_BadDuration_Throws(string text)
    {
        var error = Assert.Throws<CliException>(() => ClusterWaitText.Parse(text));
        Assert.StartsWith("coopsim: error: --cluster-wait must be a duration", error.Message);
        Assert.Equal(2, error.ExitCode);
    }

    [Theory]
    [MemberData(nameof(Commands))]
    public async Task Command_BadClusterWait_IsBadInputInOneLine(string[] arguments)
    {
        var result = await CliHarness.RunAsync([.. arguments, "--cluster", "30000", "--cluster-wait", "soon"]);

        Assert.Equal(2, result.ExitCode);
        var line = Assert.Single(result.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("coopsim: error: --cluster-wait must be a duration", line);
        Assert.Equal("", result.Out);
    }
}
