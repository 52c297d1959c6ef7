using CoopSim.Scenarios;
using CoopSim.Tests.Shared;

namespace CoopSim.Cli.Tests.Commands;

/// <summary>Issue 12, item 9: <c>coopsim scenarios</c> lists scenario files with their questions.</summary>
public sealed class ScenariosCommandTests
{
    [Fact]
    public async Task Scenarios_DefaultFolder_ListsEveryFileWithItsQuestion()
    {
        var result = await CliHarness.RunAsync("scenarios");
        Assert.Equal(0, result.ExitCode);
        Assert.Equal(string.Empty, result.Error);
        var files = Directory.GetFiles(RepoPaths.Scenarios, "*.yaml");
        Assert.NotEmpty(files);
        Assert.Contains($"{files.Length} scenarios in scenarios", result.Out);
        foreach (var file in files)
        {
            Assert.Contains(Path.GetFileName(file), result.Out);
            var question = ScenarioLoader.Load(file).Value?.Question;
            Assert.NotNull(question);

            // The table wraps long questions; their opening words stay on the row's first line.
            Assert.Contains(question[..Math.Min(40, question.Length)], result.Out);
        }
    }

    [Fact]
    public async Task Scenarios_FolderWithABrokenFile_ListsItAsNotLoading()
    {
        using var folder = new TempFolder();
        folder.Write("good.yaml", $"world: {RepoPaths.Seeds}\nquestion: Does the desk hear it?\nstart: 2025-01-01T00:00:00+00:00\nalerts:\n  - {{id: A, kind: wanted-person, origin: kr.knpa, scope: [VN]}}\n");
        folder.Write("broken.yaml", "world: [\n");
        Directory.CreateDirectory(folder["sub"]);
        File.WriteAllText(Path.Combine(folder["sub"], "below.yaml"), "name: below\n");

        var result = await CliHarness.RunAsync("scenarios", folder.Path);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("2 scenarios in", result.Out);
        Assert.Contains("Does the desk hear it?", result.Out);
        Assert.Contains("broken.yaml", result.Out);
        Assert.Contains("does not load: 1 problem;", result.Out);
        Assert.DoesNotContain("below.yaml", result.Out);
    }

    [Fact]
    public async Task Scenarios_MissingFolder_ExitsTwoWithOneLine()
    {
        var result = await CliHarness.RunAsync("scenarios", "no-such-folder");
        Assert.Equal(2, result.ExitCode);
        Assert.Equal("no-such-folder: error: no such folder", result.Error.Trim());
    }

    [Fact]
    public async Task BenchHelp_CaseOption_ListsEveryCase()
    {
        var result = await CliHarness.RunAsync("bench", "--help");
        Assert.Equal(0, result.ExitCode);
        var caseLine = result.Out.Split('\n').Single(l => l.Contains("--case", StringComparison.Ordinal));
        foreach (var name in new[] { "starter", "large", "memory", "trace", "validation", "all" })
            Assert.Contains(name, caseLine);
    }
}
