namespace CoopSim.Cli.Tests.Options;

/// <summary>
/// Every study command takes the run options of <c>RunOptionsGroup</c>: --cluster as run does, refused in one line where it
/// cannot apply (with inproc, or a bad address), also for the studies whose runs change the scenario in memory.
/// </summary>
public sealed class RunOptionsGroupTests
{
    public static TheoryData<string[]> Commands() => new()
    {
        new[] { "check", "scenarios/uz-entry-block.yaml" },
        new[] { "compare", "scenarios/uz-entry-block.yaml", "scenarios/uz-entry-block-without-mou.yaml", "--runs", "5" },
        new[] { "report", "scenarios/uz-entry-block.yaml", "--runs", "5", "--out", "-" },
    };

    public static TheoryData<string[]> PointStudies() => new()
    {
        new[] { "sweep", "scenarios/korea-desk-wanted.yaml", "--vary", "channels.kr-vn-desk.loss=0,0.5", "--runs", "5" },
        new[] { "advise", "scenarios/uz-entry-block-without-mou.yaml", "--candidates", "scenarios/candidates/uz-entry-block-candidates.yaml", "--runs", "5" },
        new[] { "sensitivity", "scenarios/uz-entry-block.yaml", "--runs", "5" },
        new[] { "run", "scenarios/uz-entry-block.yaml", "--uncertainty", "--runs", "5" },
        new[] { "report", "scenarios/uz-entry-block.yaml", "--sensitivity", "--runs", "5", "--out", "-" },
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

    [Theory]
    [MemberData(nameof(PointStudies))]
    public async Task Command_StudyOfChangedScenariosOnBadCluster_ReadsTheAddressInsteadOfRefusing(string[] arguments)
    {
        // These studies once refused --cluster (a point's changes did not reach the silos); now each point's changes
        // travel with its run, so --cluster is read like any other command's, and a bad address is what is reported.
        var result = await CliHarness.RunAsync([.. arguments, "--cluster", "redis://"]);

        Assert.Equal(2, result.ExitCode);
        var line = Assert.Single(result.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("coopsim: error:", line);
        Assert.DoesNotContain("cannot run on --cluster", line);
        Assert.Contains("redis://", line);
        Assert.Equal("", result.Out);
    }
}
