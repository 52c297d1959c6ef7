using CoopSim.Bench.Validation;

namespace CoopSim.Bench.Tests.Validation;

public sealed class ValidationPropertyTests
{
    [Fact]
    public void Check_SameFamilyTwice_GeneratesAndJudgesTheSameWorlds()
    {
        // The replay seed fixes FsCheck's draws: a second run checks the same worlds and measures the same figures.
        var first = ValidationProperty.Check(new ExpiryFamily());
        var second = ValidationProperty.Check(new ExpiryFamily());

        Assert.Equal(first.Select(v => v.Scenario.Seed), second.Select(v => v.Scenario.Seed));
        Assert.Equal(first.SelectMany(v => v.Checks), second.SelectMany(v => v.Checks));
        Assert.Equal(first.Count, first.Select(v => v.Scenario.Seed).Distinct().Count());
    }

    [Fact]
    public void Describe_FailedWorld_WritesScenarioThatLoadsAndNamesTheRerunCommand()
    {
        var world = new ScopeFamily().Generate(42).Scenario;
        var failure = CheckOutcome.Exact("example", 1, 0, "");

        var text = world.Describe([failure]);

        var path = Path.Combine(Path.GetTempPath(), "coopsim-validation-failures", world.FolderName, "scenario.yaml");
        Assert.Contains($"rerun: coopsim run {path}", text, StringComparison.Ordinal);
        Assert.Contains("FAILED example: expected 1, measured 0", text, StringComparison.Ordinal);
        Assert.Contains(world.WorldYaml, text, StringComparison.Ordinal);
        var loaded = Scenarios.ScenarioLoader.Load(path);
        Assert.True(loaded.Succeeded, string.Join(Environment.NewLine, loaded.Diagnostics));
        Directory.Delete(Path.GetDirectoryName(path)!, recursive: true);
    }
}
