using CoopSim.Scenarios;
using CoopSim.Tests.Shared;

namespace CoopSim.Cli.Tests.Commands;

/// <summary>
/// Outside the repository (an empty folder) the commands that default to the repository's folders use the copies
/// shipped beside the program: `scenarios`, `network` and `serve` answered "no such folder" before; `init` writes them to edit.
/// </summary>
public sealed class ShippedExamplesTests : IDisposable
{
    private readonly string _empty = Directory.CreateTempSubdirectory("coopsim-empty-").FullName;

    public void Dispose() => Directory.Delete(_empty, recursive: true);

    [Fact]
    public async Task Scenarios_NoFolderGivenInAnEmptyFolder_ListsTheShippedExamples()
    {
        var result = await CliHarness.RunInAsync(_empty, "scenarios");

        Assert.True(result.ExitCode == 0, result.Error);
        var shipped = Directory.GetFiles(RepoPaths.Scenarios, "*.yaml");
        Assert.Contains($"{shipped.Length} scenarios shipped with coopsim", result.Out);
        foreach (var file in shipped) Assert.Contains(Path.GetFileName(file), result.Out);
    }

    [Fact]
    public async Task Network_NoWorldGivenInAnEmptyFolder_ShowsTheShippedWorld()
    {
        var result = await CliHarness.RunInAsync(_empty, "network", "--format", "json");
        var inRepo = await CliHarness.RunAsync("network", "--format", "json");

        Assert.True(result.ExitCode == 0, result.Error);
        Assert.Equal(inRepo.Out, result.Out);
    }

    [Fact]
    public async Task StarterScenario_NoneGivenInAnEmptyFolder_IsTheShippedStarter()
    {
        var path = await CliHarness.InFolderAsync(_empty, () => Task.FromResult(DefaultInputs.StarterScenario(null)));
        Assert.Equal(BuiltInExamples.Starter, path);
        Assert.Equal(File.ReadAllText(RepoPaths.Scenario(BuiltInExamples.StarterScenario)), File.ReadAllText(path));
    }

    [Fact]
    public async Task Init_NewFolder_WritesTheWorldExamplesAndSchemasAsInTheRepository()
    {
        var result = await CliHarness.RunInAsync(_empty, "init", "demo");

        Assert.True(result.ExitCode == 0, result.Error);
        var demo = Path.Combine(_empty, "demo");
        foreach (var (folder, pattern) in new[] { ("seeds", "*.yaml"), ("scenarios", "*.yaml"), (Path.Combine("scenarios", "candidates"), "*.yaml"), ("schemas", "*.json") })
        {
            var expected = Directory.GetFiles(Path.Combine(RepoPaths.Root, folder), pattern).Select(Path.GetFileName).Order().ToArray();
            Assert.NotEmpty(expected);
            Assert.Equal(expected, Directory.GetFiles(Path.Combine(demo, folder), pattern).Select(Path.GetFileName).Order().ToArray());
        }

        // What it wrote runs as the repository's copy does.
        var run = await CliHarness.RunInAsync(demo, "run", "scenarios/korea-desk-wanted.yaml", "--engine", "inproc", "--runs", "20", "--format", "json");
        var inRepo = await CliHarness.RunAsync("run", "scenarios/korea-desk-wanted.yaml", "--engine", "inproc", "--runs", "20", "--format", "json");
        Assert.Equal(inRepo.Out, run.Out);
    }

    [Fact]
    public async Task Init_FolderThatIsNotEmpty_IsRefusedAndLeftAsItWas()
    {
        var demo = Directory.CreateDirectory(Path.Combine(_empty, "demo")).FullName;
        File.WriteAllText(Path.Combine(demo, "mine.txt"), "keep");

        var result = await CliHarness.RunInAsync(_empty, "init", "demo");

        Assert.Equal(ExitCodes.BadInput, result.ExitCode);
        Assert.Contains("the folder is not empty", result.Error);
        Assert.Equal(["mine.txt"], Directory.GetFileSystemEntries(demo).Select(Path.GetFileName));
    }
}
