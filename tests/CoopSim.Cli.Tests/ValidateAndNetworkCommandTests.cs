using CoopSim.Scenarios;
using CoopSim.Tests.Shared;

namespace CoopSim.Cli.Tests;

public sealed class ValidateAndNetworkCommandTests
{
    [Fact]
    public async Task Validate_SeedsAndScenarios_ExitsZero()
    {
        var scenarios = Directory.GetFiles(RepoPaths.Scenarios, "*.yaml").Select(f => Path.GetRelativePath(RepoPaths.Root, f));
        var result = await CliHarness.RunAsync(["validate", "seeds/", .. scenarios]);
        Assert.Equal(0, result.ExitCode);
        Assert.Equal(string.Empty, result.Error);
        Assert.Contains("ok seeds/", result.Out);
    }

    [Fact]
    public async Task Validate_Scenario_CountsWhatItHoldsInWords()
    {
        var result = await CliHarness.RunAsync("validate", "scenarios/uz-entry-block.yaml", "scenarios/korea-desk-wanted.yaml");
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("1 alert, 1 subject, 2 expectations, world of ", result.Out);
        Assert.Contains("1 alert, 0 subjects, 2 expectations", result.Out);
    }

    [Fact]
    public async Task Validate_BadFile_ExitsTwoAndPrintsEachProblem()
    {
        var dir = Directory.CreateTempSubdirectory("coopsim-validate-").FullName;
        var path = Path.Combine(dir, "bad.yaml");
        File.WriteAllText(path, $"world: {RepoPaths.Seeds}\nstart: 2025-01-01T00:00:00+00:00\nalerts:\n  - {{id: A, kind: wanted-persn, origin: kr.knpa}}\n  - {{id: B, kind: entry-block, origin: kr.knpx}}\n");
        try
        {
            var result = await CliHarness.RunAsync("validate", path);
            Assert.Equal(2, result.ExitCode);
            Assert.Contains("bad.yaml(4,", result.Error);
            Assert.Contains("bad.yaml(5,", result.Error);
            Assert.Contains("did you mean 'wanted-person'", result.Error);
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    [Fact]
    public async Task Network_Dot_HasEveryAgencyAndChannel()
    {
        var world = WorldLoader.Load(RepoPaths.Seeds).Value!;
        var result = await CliHarness.RunAsync("network", "--format", "dot");
        Assert.Equal(0, result.ExitCode);
        Assert.StartsWith("digraph coopsim {", result.Out);
        Assert.All(world.Agencies, a => Assert.Contains($"\"{a.Id}\" [label=", result.Out));
        Assert.All(world.Channels, c => Assert.Contains($"label=\"{c.Id}\"", result.Out));
    }

    [Fact]
    public async Task Network_Table_ListsTheAgenciesOfTheArticles()
    {
        var result = await CliHarness.RunAsync("network");
        foreach (var id in new[] { "kr.knpa", "uz.mia", "uz.national-guard", "cn.mps", "hk.police", "vn.mps", "tj.mia", "kg.mia" })
            Assert.Contains(id, result.Out);
    }
}
