using System.Runtime.CompilerServices;
using CoopSim.Cli.Engines;

namespace CoopSim.Cli.Tests;

/// <summary>
/// Every input and output path is checked before a command asks for the embedded silo (on a busy machine the
/// silo's start made `run missing.yaml` take 18 s): the default engine costs nothing until a run needs it.
/// </summary>
public sealed class FailFastTests
{
    private static async Task<(CliHarness.Result Result, int SiloRequests)> RunCounting(params string[] args)
    {
        var requests = new StrongBox<int>();
        EngineFactory.EmbeddedSiloRequests.Value = requests;
        try
        {
            return (await CliHarness.RunAsync(args), requests.Value);
        }
        finally
        {
            EngineFactory.EmbeddedSiloRequests.Value = null;
        }
    }

    public static TheoryData<string[], string> BadPaths() => new()
    {
        { ["run", "missing.yaml"], "missing.yaml: error: no such scenario file" },
        { ["run", "scenarios/korea-desk-wanted.yaml", "--out", "nodir/x.json"], "does not exist" },
        { ["run", "scenarios/korea-desk-wanted.yaml", "--trace", "jsonl:nodir/t.jsonl"], "nodir" },
        { ["check", "missing.yaml"], "no such scenario file" },
        { ["compare", "scenarios/korea-desk-wanted.yaml", "missing.yaml"], "no such scenario file" },
        { ["report", "scenarios/korea-desk-wanted.yaml", "--out", "nodir/r.html"], "does not exist" },
        { ["sweep", "scenarios/korea-desk-wanted.yaml", "--vary", "channels.kr-vn-desk.loss=0,0.1", "--out", "nodir/s.csv"], "does not exist" },
        { ["advise", "scenarios/uz-entry-block-without-mou.yaml", "--candidates", "scenarios/candidates/uz-entry-block-candidates.yaml", "--out", "nodir/a.csv"], "does not exist" },
        { ["serve", "missing.yaml", "--port", "0"], "no such scenario file" },
    };

    [Theory]
    [MemberData(nameof(BadPaths))]
    public async Task Command_BadPathOnTheDefaultEngine_ReportedBeforeTheSiloIsAskedFor(string[] args, string message)
    {
        var (result, siloRequests) = await RunCounting(args);

        Assert.Equal(ExitCodes.BadInput, result.ExitCode);
        Assert.Contains(message, result.Error);
        Assert.Equal(0, siloRequests);
    }

    [Fact]
    public async Task Run_GoodScenarioOnTheDefaultEngine_AsksForTheSilo()
    {
        // The counter is what the test above relies on: a run that needs the silo does ask for it.
        var (result, siloRequests) = await RunCounting("run", "scenarios/korea-desk-wanted.yaml", "--runs", "5", "--format", "json");

        Assert.Equal(ExitCodes.Ok, result.ExitCode);
        Assert.True(siloRequests >= 1);
    }

    [Fact]
    public async Task Compare_UnrelatedScenarios_SaysTheyShareNothingInsteadOfAnEmptyTable()
    {
        var (result, siloRequests) = await RunCounting("compare", "scenarios/korea-desk-wanted.yaml", "scenarios/uz-entry-block.yaml");

        Assert.Equal(ExitCodes.BadInput, result.ExitCode);
        Assert.Contains("no alert and no subject in common", result.Error);
        Assert.Equal(string.Empty, result.Out);
        Assert.Equal(0, siloRequests);
    }

    [Fact]
    public async Task Report_UnrelatedScenarios_WritesNoPageThatCallsTheWhatIfHarmless()
    {
        var file = Path.Combine(Path.GetTempPath(), $"coopsim-unrelated-{Guid.NewGuid():N}.html");
        var (result, _) = await RunCounting("report", "scenarios/korea-desk-wanted.yaml", "scenarios/uz-entry-block.yaml", "--out", file, "--engine", "inproc");

        Assert.Equal(ExitCodes.BadInput, result.ExitCode);
        Assert.Contains("nothing to compare", result.Error);
        Assert.False(File.Exists(file));
    }
}
