using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using CoopSim.Cli.Rendering;

namespace CoopSim.Cli.Tests;

/// <summary>A large world's terminal summary: each table cut at its first rows, with a line saying how many it left out.</summary>
public sealed class RunTableLimitTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public async Task Run_WorldWithMoreAgenciesThanATableShows_EachAgencyTableCutWithTheRestCounted()
    {
        var folder = _temp["world"];
        var generated = await CliHarness.RunAsync("generate", "--agencies", "400", "--alerts", "2", "--out", folder);
        Assert.True(generated.ExitCode == 0, generated.Error);
        var scenario = Path.Combine(folder, "scenario.yaml");
        var json = await CliHarness.RunAsync("run", scenario, "--runs", "1", "--engine", "inproc", "--format", "json");
        var reached = JsonDocument.Parse(json.Out).RootElement.GetProperty("alerts").EnumerateArray()
            .Select(a => a.GetProperty("agencies").GetArrayLength()).ToArray();

        var table = await CliHarness.RunAsync("run", scenario, "--runs", "1", "--engine", "inproc");

        Assert.True(table.ExitCode == 0, table.Error);
        Assert.All(reached, count => Assert.True(count > ResultTableRenderer.MaxRows, $"{count} agencies: too few to cut"));
        var lines = table.Out.Split('\n');
        var rows = TableRows(lines, "agencies, first to act first");
        Assert.Equal(Enumerable.Repeat(ResultTableRenderer.MaxRows, reached.Length), rows);
        var more = Regex.Matches(table.Out, @"… and ([\d,]+) more agencies").Select(m => int.Parse(m.Groups[1].Value, NumberStyles.AllowThousands, CultureInfo.InvariantCulture));
        Assert.Equal(reached.Select(count => count - ResultTableRenderer.MaxRows), more);
    }

    /// <summary>
    /// Body rows of each table titled <paramref name="title"/>, in order: a long name wraps onto more lines, so a row is
    /// a line whose second cell (a share of runs) is filled.
    /// </summary>
    private static IEnumerable<int> TableRows(string[] lines, string title)
    {
        for (var i = 0; i < lines.Length; i++)
        {
            if (!lines[i].Contains(title, StringComparison.Ordinal)) continue;
            var rows = 0;
            var j = i + 1;
            // The header row and its rule come first: body rows follow the first ├ line.
            while (!lines[j].StartsWith('├')) j++;
            for (j++; !lines[j].StartsWith('╰'); j++)
                if (lines[j].StartsWith('│') && lines[j].Split('│')[2].Trim().Length > 0) rows++;
            yield return rows;
        }
    }
}
