using System.Text.RegularExpressions;

namespace CoopSim.Cli.Tests;

/// <summary>The first table a planner sees: the README's first command, rendered through an injected console.</summary>
public sealed class RunTableTests
{
    [Fact]
    public async Task Run_KoreaDeskWanted_FirstFiveLinesHoldTheQuestionAndItsAnswer()
    {
        var result = await CliHarness.RunAsync("run", "scenarios/korea-desk-wanted.yaml", "--runs", "200");
        Assert.Equal(0, result.ExitCode);
        var firstFive = result.Out.Split('\n').Take(5).ToArray();

        Assert.Contains(firstFive, l => l.StartsWith("Question: How fast does KNPA", StringComparison.Ordinal) && l.Contains("within a day"));
        var answer = Assert.Single(firstFive, l => l.StartsWith("Answer: ", StringComparison.Ordinal));
        Assert.Matches(@"^Answer: MPS Viet Nam can act on W-1 within a day in \d+(\.\d)?% of runs; median \d+h", answer.Replace('\u00A0', ' '));
    }

    [Fact]
    public async Task Run_AnswerMedian_IsTheMedianInTheAgencyTable()
    {
        var result = await CliHarness.RunAsync("run", "scenarios/korea-desk-wanted.yaml", "--runs", "200");
        var text = result.Out.Replace('\u00A0', ' ');
        var answerMedian = Regex.Match(text, @"Answer: .*; median ([^,]+), 9 runs in 10 by ([^.]+)\.").Groups;
        var row = Cells(text, "Ministry of Public Security of");
        Assert.Equal(answerMedian[1].Value, row[3]);
        Assert.Equal(answerMedian[2].Value, row[4]);
    }

    [Fact]
    public async Task Run_Table_ListsAgenciesByMedianTimeToActWithNamesNotIds()
    {
        var result = await CliHarness.RunAsync("run", "scenarios/korea-desk-wanted.yaml", "--runs", "200");
        var text = result.Out;
        string[] inOrder = ["Korean National Police Agency", "KNPA's Vietnam Desk", "Korea Desk at Viet Nam's MPS", "Ministry of Public Security of", "Viet Nam Immigration Department", "INTERPOL NCB Hanoi"];
        var positions = inOrder.Select(name => text.IndexOf("│ " + name, StringComparison.Ordinal)).ToArray();
        Assert.All(positions, p => Assert.True(p >= 0));
        Assert.Equal(positions.Order().ToArray(), positions);

        // No agency id in the country and agency tables (channel ids in the channel table are names of channels).
        var tables = text[..text.IndexOf("channels used", StringComparison.Ordinal)];
        Assert.DoesNotContain("vn.mps", tables);
        Assert.DoesNotContain("kr.knpa", tables);
        Assert.DoesNotContain("epoch", tables);
    }

    [Fact]
    public async Task Run_Table_ExplainsEachColumnOnceUnderTheTables()
    {
        var result = await CliHarness.RunAsync("run", "scenarios/korea-desk-wanted.yaml", "--runs", "50");
        var text = result.Out;
        foreach (var term in new[] { "95% interval:", "median, 9 in 10 by:", "steps:", "where the time went:" })
            Assert.Single(Regex.Matches(text, Regex.Escape(term)));
        Assert.True(text.IndexOf("95% interval:", StringComparison.Ordinal) > text.IndexOf("agencies, first to act first", StringComparison.Ordinal));
    }

    [Fact]
    public async Task RunAndCompare_BaseScenario_PrintTheSameMedianAndP90()
    {
        var run = await CliHarness.RunAsync("run", "scenarios/korea-desk-wanted.yaml", "--runs", "300", "--seed", "7");
        var compare = await CliHarness.RunAsync("compare", "scenarios/korea-desk-wanted.yaml", "scenarios/korea-desk-wanted-interpol-only.yaml", "--runs", "300", "--seed", "7");
        Assert.Equal(0, compare.ExitCode);

        // run's country row: country, meant for, reached, interval, median, 9 in 10 by, first to act.
        var runRow = Cells(run.Out, "Viet Nam ");
        // compare's row: alert, country, reached, change, "base → variant" median, change, "base → variant" p90, change.
        var compareRow = Cells(compare.Out, "W-1   │ Viet Nam");
        var baseMedian = compareRow[4].Split(" → ")[0];
        var baseP90 = compareRow[6].Split(" → ")[0];

        Assert.Equal(runRow[4], baseMedian);
        Assert.Equal(runRow[5], baseP90);
    }

    [Fact]
    public async Task Compare_ReachChange_IsInPercentagePointsWithOneMinusSign()
    {
        var compare = await CliHarness.RunAsync("compare", "scenarios/korea-desk-wanted.yaml", "scenarios/korea-desk-wanted-interpol-only.yaml", "--runs", "200");
        var row = Cells(compare.Out, "W-1   │ Viet Nam");
        Assert.Matches(@"^−\d+(\.\d)? pts", row[3]);
        Assert.DoesNotContain("Δ", compare.Out);
        Assert.DoesNotMatch(@"(?<![\w])-\d", compare.Out.Replace("W-1", ""));
    }

    /// <summary>The trimmed cells of the first table row that starts with <paramref name="start"/> (after the border).</summary>
    private static string[] Cells(string text, string start)
    {
        var line = text.Split('\n').First(l => l.TrimStart('│', ' ').StartsWith(start.TrimEnd(), StringComparison.Ordinal) && l.Contains(start, StringComparison.Ordinal));
        return line.Trim().Trim('│').Split('│').Select(c => c.Trim().Replace('\u00A0', ' ')).ToArray();
    }
}
