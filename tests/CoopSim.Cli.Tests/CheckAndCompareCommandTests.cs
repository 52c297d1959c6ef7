using System.Text.Json;
using CoopSim.Tests.Shared;

namespace CoopSim.Cli.Tests;

public sealed class CheckAndCompareCommandTests
{
    [Fact]
    public async Task Check_EveryScenario_PassesItsExpectations()
    {
        var scenarios = Directory.GetFiles(RepoPaths.Scenarios, "*.yaml").Order().Select(f => Path.GetRelativePath(RepoPaths.Root, f)).ToArray();
        Assert.True(scenarios.Length >= 8, "issue 3 asks for at least eight scenarios");
        var result = await CliHarness.RunAsync(["check", .. scenarios]);

        Assert.True(result.ExitCode == 0, result.Out + result.Error);
        Assert.DoesNotContain("FAIL", result.Out);
        Assert.Matches(@"(\d+) of \1 checks passed", result.Out);
    }

    [Fact]
    public async Task Check_ExpectationThatDoesNotHold_FailsWithExitOne()
    {
        var dir = Directory.CreateTempSubdirectory("coopsim-check-").FullName;
        var path = Path.Combine(dir, "impossible.yaml");
        File.WriteAllText(path, File.ReadAllText(RepoPaths.Scenario("korea-desk-wanted.yaml"))
            .Replace("start: 2025", $"world: {RepoPaths.Seeds}\nstart: 2025")
            .Replace("stat: p50, at-most: 12h", "stat: p50, at-most: 1h"));
        try
        {
            var result = await CliHarness.RunAsync("check", path);
            Assert.Equal(1, result.ExitCode);
            Assert.Contains("FAIL time-to-reach p50 W-1 → vn.mps ≤ 1h: measured", result.Out);
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    [Fact]
    public async Task Compare_KoreaDeskAgainstInterpolOnly_ShowsTheDesksGainBeyondChance()
    {
        var result = await CliHarness.RunAsync("compare", "scenarios/korea-desk-wanted.yaml", "scenarios/korea-desk-wanted-interpol-only.yaml",
            "--runs", "300", "--format", "json");
        Assert.Equal(0, result.ExitCode);
        using var doc = JsonDocument.Parse(result.Out);
        var vn = doc.RootElement.GetProperty("countries").EnumerateArray().Single(c => c.GetProperty("country").GetString() == "VN");
        var p50 = vn.GetProperty("time_to_reach_p50_h");

        // INTERPOL only is slower: the difference (variant − base) is positive and its interval excludes zero.
        Assert.True(p50.GetProperty("ci95_low").GetDouble() > 0, p50.ToString());
        Assert.True(p50.GetProperty("significant").GetBoolean());
        Assert.True(vn.GetProperty("reach").GetProperty("difference").GetDouble() < 0);
    }

    [Fact]
    public async Task Compare_QuestionNamesAnAgency_ReportsThatAgencyFirst()
    {
        string[] args = ["compare", "scenarios/korea-desk-wanted.yaml", "scenarios/korea-desk-wanted-interpol-only.yaml", "--runs", "100", "--engine", "inproc"];
        var json = await CliHarness.RunAsync([.. args, "--format", "json"]);
        var table = await CliHarness.RunAsync(args);

        Assert.Equal(0, json.ExitCode);
        using var doc = JsonDocument.Parse(json.Out);
        var agency = Assert.Single(doc.RootElement.GetProperty("agencies").EnumerateArray());
        Assert.Equal(("W-1", "vn.mps"), (agency.GetProperty("alert").GetString(), agency.GetProperty("agency").GetString()));
        Assert.True(agency.GetProperty("time_to_reach_p50_h").GetProperty("difference").GetDouble() > 0, "INTERPOL only is slower for MPS too");

        // In the table the question's agency is the first row, before Viet Nam's country row.
        Assert.Equal(0, table.ExitCode);
        var rows = table.Out.Split('\n').Where(l => l.StartsWith("│ W-1", StringComparison.Ordinal)).ToArray();
        Assert.Contains("MPS Viet Nam", rows[0]);
        Assert.DoesNotContain("MPS Viet Nam", rows[1]);
    }

    [Fact]
    public async Task Compare_ScenarioWithItself_FindsNoDifference()
    {
        var result = await CliHarness.RunAsync("compare", "scenarios/uz-entry-block.yaml", "scenarios/uz-entry-block.yaml", "--runs", "100", "--format", "json");
        using var doc = JsonDocument.Parse(result.Out);
        foreach (var row in doc.RootElement.GetProperty("countries").EnumerateArray())
            Assert.Equal(0, row.GetProperty("reach").GetProperty("difference").GetDouble());
        var subject = doc.RootElement.GetProperty("subjects")[0].GetProperty("interception");
        Assert.Equal(0, subject.GetProperty("difference").GetDouble());
        Assert.False(subject.GetProperty("significant").GetBoolean());
    }

    [Fact]
    public async Task Compare_WithAndWithoutTheMou_MouRaisesInterception()
    {
        var result = await CliHarness.RunAsync("compare", "scenarios/uz-entry-block-without-mou.yaml", "scenarios/uz-entry-block.yaml", "--runs", "300", "--format", "json");
        using var doc = JsonDocument.Parse(result.Out);
        var interception = doc.RootElement.GetProperty("subjects")[0].GetProperty("interception");
        Assert.True(interception.GetProperty("ci95_low").GetDouble() > 0, interception.ToString());
    }
}
