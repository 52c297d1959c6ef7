namespace CoopSim.Cli.Tests;

/// <summary>Messages off the happy path say what was meant and never show a .NET type name.</summary>
public sealed class MessageTests
{
    [Theory]
    [InlineData("run", "scenarios/korea-desk-wanted.yaml", "--seed", "abc")]
    [InlineData("run", "scenarios/korea-desk-wanted.yaml", "--runs", "many")]
    [InlineData("sweep", "scenarios/korea-desk-wanted.yaml", "--workers", "1.5")]
    [InlineData("serve", "--speed", "fast")]
    public async Task Parse_ValueOfTheWrongKind_SaysTheKindInWordsWithoutATypeName(params string[] args)
    {
        var result = await CliHarness.RunAsync(args);

        Assert.Equal(ExitCodes.BadInput, result.ExitCode);
        Assert.DoesNotContain("System.", result.Error);
        Assert.DoesNotContain("`1", result.Error);
        Assert.Contains("expected a", result.Error);
    }

    [Theory]
    [InlineData("--run", "--runs")]
    [InlineData("--sed", "--seed")]
    [InlineData("--engnie", "--engine")]
    public async Task Parse_MisspeltOption_SuggestsTheOption(string typed, string meant)
    {
        var result = await CliHarness.RunAsync("run", "scenarios/korea-desk-wanted.yaml", typed, "5");

        Assert.Equal(ExitCodes.BadInput, result.ExitCode);
        Assert.Contains($"'{typed}'; did you mean '{meant}'?", result.Error);
    }

    [Fact]
    public async Task Parse_MisspeltCommand_SuggestsTheCommand()
    {
        var result = await CliHarness.RunAsync("sweeep", "scenarios/korea-desk-wanted.yaml");

        Assert.Contains("'sweeep'; did you mean 'sweep'?", result.Error);
    }

    [Fact]
    public async Task Run_WorldFileGivenAsScenario_SaysItIsAWorldFile()
    {
        var result = await CliHarness.RunAsync("run", "seeds/channels-bilateral.yaml", "--engine", "inproc");

        Assert.Equal(ExitCodes.BadInput, result.ExitCode);
        Assert.Contains("seeds/channels-bilateral.yaml: error: is a world file", result.Error);
        Assert.DoesNotContain("unknown key", result.Error);
    }

    [Fact]
    public async Task Run_FolderGivenAsScenario_SaysItIsAFolder()
    {
        var result = await CliHarness.RunAsync("run", "scenarios", "--engine", "inproc");

        Assert.Equal(ExitCodes.BadInput, result.ExitCode);
        Assert.Contains("scenarios: error: is a folder", result.Error);
    }

    [Fact]
    public async Task Advise_ObjectiveNamingACountryByName_OffersItsCode()
    {
        var result = await CliHarness.RunAsync("advise", "scenarios/uz-entry-block-without-mou.yaml", "--candidates", "scenarios/candidates/uz-entry-block-candidates.yaml",
            "--objective", "reach:EB-1/Korea", "--engine", "inproc");

        Assert.Equal(ExitCodes.BadInput, result.ExitCode);
        Assert.Contains("did you mean 'KR'?", result.Error);
    }

    [Theory]
    [InlineData("channels.kr-vn-desk.loss=NaN")]
    [InlineData("channels.kr-vn-desk.loss=0..1/NaN")]
    [InlineData("channels.kr-vn-desk.loss=Infinity")]
    public async Task Sweep_NotFiniteValue_IsRefusedWithoutARun(string vary)
    {
        var result = await CliHarness.RunAsync("sweep", "scenarios/korea-desk-wanted.yaml", "--vary", vary, "--engine", "inproc", "--format", "csv");

        Assert.Equal(ExitCodes.BadInput, result.ExitCode);
        Assert.Equal(string.Empty, result.Out);
        Assert.StartsWith("coopsim: error: --vary", result.Error);
    }

    [Fact]
    public async Task Sweep_GridOfAMillionPoints_IsRefusedNamingTheProduct()
    {
        var result = await CliHarness.RunAsync("sweep", "scenarios/korea-desk-wanted.yaml", "--vary", "channels.kr-vn-desk.latency.median=1h..1000h/1h",
            "--vary", "channels.kr-vn-desk.loss=0..0.999/0.001", "--engine", "inproc");

        Assert.Equal(ExitCodes.BadInput, result.ExitCode);
        Assert.Contains("the grid has 1,000 × 1,000 = 1,000,000 points", result.Error);
    }
}
