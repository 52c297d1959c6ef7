using CoopSim.Simulation.Engine;
using CoopSim.Studies.Output;
using CoopSim.Tests.Shared;

namespace CoopSim.Studies.Tests.Output;

/// <summary>The result CSV: every kind of row, the run's identity on each, and "never" as an empty cell.</summary>
public sealed class ResultCsvWriterTests
{
    private static async Task<(string[] Header, string[][] Rows, Simulation.Results.SimulationResult Result)> CsvAsync(string name, int replications)
    {
        var scenario = Scenarios.ScenarioLoader.Load(RepoPaths.Scenario(name)).Value!;
        var run = await new InProcessEngine().RunAsync(scenario, new RunOptions(replications, 7, 1));
        var lines = ResultCsvWriter.ToCsv(run.Result).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        return (lines[0].Split(','), lines.Skip(1).Select(l => l.Split(',')).ToArray(), run.Result);
    }

    [Fact]
    public async Task Write_AgencyReachedInFewerThanNineRunsOfTen_LeavesItsP90Empty()
    {
        var (header, rows, result) = await CsvAsync("korea-desk-wanted.yaml", 1000);

        var never = result.Alerts[0].Agencies.First(a => double.IsPositiveInfinity(a.TimeToReach.P90));
        var row = rows.Single(r => r[1] == "agency" && r[2] == never.Agency);
        Assert.Equal("", row[Array.IndexOf(header, "time_p90_s")]);
        Assert.DoesNotContain(rows, r => r.Contains("Infinity") || r.Contains("∞"));
    }

    [Fact]
    public async Task Write_EveryRow_EndsWithTheRunsScenarioSeedAndReplications()
    {
        var (header, rows, _) = await CsvAsync("uz-entry-block.yaml", 40);

        Assert.Equal(["scenario", "seed", "replications"], header[^3..]);
        Assert.All(rows, r => Assert.Equal(header.Length, r.Length));
        Assert.All(rows, r => Assert.Equal(["uz-entry-block", "7", "40"], r[^3..]));
    }

    [Fact]
    public async Task Write_SubjectsStopsAndChannels_HaveRowsOfTheirOwn()
    {
        var (header, rows, result) = await CsvAsync("uz-entry-block.yaml", 300);

        var subject = result.Subjects.Single();
        var reach = Array.IndexOf(header, "reach_p");
        var s = rows.Single(r => r[1] == "subject");
        Assert.Equal(["EB-1", "subject", "suspect"], s[..3]);
        Assert.Equal(Math.Round(subject.Intercepted.Value, 4).ToString(System.Globalization.CultureInfo.InvariantCulture), s[reach]);
        var stop = rows.Single(r => r[1] == "stop");
        Assert.Equal("KR", stop[3]);
        Assert.Equal(Math.Round(subject.Stops[0].LeadTime.Mean, 4).ToString(System.Globalization.CultureInfo.InvariantCulture), stop[Array.IndexOf(header, "time_mean_s")]);
        var channels = rows.Where(r => r[1] == "channel").ToArray();
        Assert.Equal(result.Channels.Count, channels.Length);
        var busiest = result.Channels.MaxBy(c => c.Messages)!;
        Assert.True(busiest.Messages > 0);
        Assert.Equal(Math.Round(busiest.Messages, 4).ToString(System.Globalization.CultureInfo.InvariantCulture),
            channels.Single(r => r[2] == busiest.Id)[Array.IndexOf(header, "messages")]);
    }
}
