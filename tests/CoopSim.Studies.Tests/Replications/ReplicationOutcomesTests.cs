using System.Globalization;
using System.Text;
using CoopSim.Model.Scenario;
using CoopSim.Simulation.Engine;
using CoopSim.Studies.Replications;
using CoopSim.Tests.Shared;

namespace CoopSim.Studies.Tests.Replications;

/// <summary>
/// The replications file: one row per replication and recipient and per replication and subject stop, whose means are
/// the run's own figures; the same bytes whatever the workers or the order replications are handed over; streamed in
/// row groups.
/// </summary>
public sealed class ReplicationOutcomesTests
{
    private static ScenarioModel Load(string name) => Scenarios.ScenarioLoader.Load(RepoPaths.Scenario(name)).Value!;

    [Fact]
    public async Task Parquet_StarterOnTwoWorkers_ReachOfEachAgencyAveragesToTheResultsReach()
    {
        var (run, file) = await OutcomeFiles.RunAsync(Load("korea-desk-wanted.yaml"), 2000, workers: 2);
        var (metadata, _, rows) = await OutcomeFiles.ReadAsync(file);

        var alert = run.Result.Alerts.Single();
        Assert.NotEmpty(alert.Agencies);
        foreach (var agency in alert.Agencies)
        {
            var mine = rows.Where(r => (string?)r[3] == agency.Agency).ToArray();
            // Every replication has a row for an in-scope agency, reached or not: the mean of reached is the reach.
            Assert.Equal(agency.Reached.N, mine.Length);
            Assert.Equal(agency.Reached.Successes, mine.Count(r => (bool)r[5]!));
            var times = mine.Where(r => (bool)r[5]!).Select(r => (double)r[7]!).ToArray();
            Assert.Equal(Math.Round(agency.TimeToReach.Mean, 4), Math.Round(times.Average(), 4));
            Assert.Equal(agency.TimeToReach.Min, times.Min(), 3);
            Assert.Equal(agency.Arrival.Max, mine.Where(r => (bool)r[5]!).Max(r => (double)r[6]!), 3);
            Assert.Equal(agency.Hops.Mean, mine.Where(r => (bool)r[5]!).Average(r => (int)r[8]!), 4);
            if (agency.Path is { } path)
            {
                // The share of the replications that reached the agency along its most usual first path.
                var spelled = string.Join('>', path.Agencies);
                Assert.Equal(path.Share, mine.Count(r => (string?)r[9] == spelled && (string?)r[10] == string.Join('>', path.Channels)) / (double)times.Length, 4);
            }
        }

        Assert.Equal("coopsim.replications/1", metadata["format"]);
        Assert.Equal("2000", metadata["replications"]);
        Assert.Equal("7", metadata["seed"]);
        Assert.Equal("korea-desk-wanted", metadata["scenario"]);
    }

    [Fact]
    public async Task Parquet_SubjectStops_BlockedAndInterceptedAverageToTheResults()
    {
        var (run, file) = await OutcomeFiles.RunAsync(Load("uz-entry-block.yaml"), 1500, workers: 2);
        var (_, _, rows) = await OutcomeFiles.ReadAsync(file);

        var subject = run.Result.Subjects.Single();
        var stops = rows.Where(r => (string)r[1]! == "stop").ToArray();
        Assert.Equal(1500 * subject.Stops.Count, stops.Length);
        Assert.Equal(subject.Intercepted.Successes, stops.Count(r => (bool)r[16]!));
        for (var s = 0; s < subject.Stops.Count; s++)
        {
            var stop = subject.Stops[s];
            var mine = stops.Where(r => (int)r[12]! == s + 1).ToArray();
            Assert.All(mine, r => Assert.Equal(stop.Country, r[4]));
            Assert.All(mine, r => Assert.Equal(stop.ArrivesAtSeconds, (double)r[13]!));
            Assert.Equal(stop.BlockedInTime.Successes, mine.Count(r => (bool)r[14]!));
            var leads = mine.Where(r => r[15] is not null).Select(r => (double)r[15]!).ToArray();
            Assert.Equal(stop.LeadTime.N, leads.Length);
            Assert.Equal(Math.Round(stop.LeadTime.Mean, 4), Math.Round(leads.Average(), 4));
        }
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Write_OneWorkerTwoWorkersAndKeptReplications_GiveTheSameBytes(bool parquet)
    {
        var scenario = Load("uz-entry-block.yaml");
        var (_, one) = await OutcomeFiles.RunAsync(scenario, 700, workers: 1, parquet);
        var (_, two) = await OutcomeFiles.RunAsync(scenario, 700, workers: 2, parquet);
        // Kept replications reach the probe as whole metrics, as the Orleans engines hand them over.
        var (_, kept) = await OutcomeFiles.RunAsync(scenario, 700, workers: 2, parquet, keep: true);

        Assert.True(one.Length > 1000);
        Assert.Equal(one, two);
        Assert.Equal(one, kept);
    }

    [Fact]
    public async Task Observe_ReplicationsOutOfOrderFromTwoThreads_WritesThemInReplicationOrder()
    {
        var scenario = Load("uz-entry-block.yaml");
        var kept = await new InProcessEngine().RunAsync(scenario, new RunOptions(400, 7, 1));
        var (_, inOrder) = await OutcomeFiles.RunAsync(scenario, 400, workers: 1, parquet: false);

        using var stream = new MemoryStream();
        using var outcomes = ReplicationsFile.Start("r.csv", stream, scenario, 7, 400, OutcomeFiles.Provenance);
        outcomes.Bind(kept.Index);
        // Two threads, each taking every other replication from the end backwards.
        var threads = Enumerable.Range(0, 2).Select(t => new Thread(() =>
        {
            for (var r = 399 - t; r >= 0; r -= 2) outcomes.Observe(r, kept.Replications[r]);
        })).ToArray();
        foreach (var t in threads) t.Start();
        foreach (var t in threads) t.Join();
        outcomes.Complete();

        Assert.Equal(400, outcomes.Written);
        Assert.Equal(Encoding.UTF8.GetString(inOrder), Encoding.UTF8.GetString(stream.ToArray()));
    }

    [Fact]
    public async Task Parquet_MoreRowsThanABlock_IsWrittenInSeveralRowGroupsOfWholeReplications()
    {
        // The starter lists 6 agencies a replication: 6,000 replications are 36,000 rows, more than two blocks.
        var (_, file) = await OutcomeFiles.RunAsync(Load("korea-desk-wanted.yaml"), 6_000, workers: 2);
        var (_, groups, rows) = await OutcomeFiles.ReadAsync(file);

        Assert.Equal(3, groups.Count);
        Assert.Equal(36_000, groups.Sum());
        var end = 0;
        foreach (var size in groups.SkipLast(1))
        {
            Assert.InRange(size, ReplicationOutcomes.BlockRows, ReplicationOutcomes.BlockRows + 5);
            end += (int)size;
            // A group ends where a replication ends.
            Assert.NotEqual(rows[end - 1][0], rows[end][0]);
        }

        Assert.Equal(Enumerable.Range(0, 6_000), rows.Select(r => (int)r[0]!).Distinct());
    }

    [Fact]
    public async Task Csv_SameRowsAsParquet_EmptyWhereParquetHasNull()
    {
        var scenario = Load("uz-entry-block.yaml");
        var (_, parquet) = await OutcomeFiles.RunAsync(scenario, 300, workers: 2);
        var (_, csv) = await OutcomeFiles.RunAsync(scenario, 300, workers: 2, parquet: false);
        var (_, _, rows) = await OutcomeFiles.ReadAsync(parquet);

        var lines = Encoding.UTF8.GetString(csv).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(string.Join(',', OutcomeColumns.Names), lines[0]);
        Assert.Equal(rows.Count, lines.Length - 1);
        for (var i = 0; i < rows.Count; i++)
            Assert.Equal(string.Join(',', rows[i].Select(Cell)), lines[i + 1]);
    }

    [Fact]
    public async Task Parquet_ReadByHyparquet_GivesTheSameRowsMetadataAndReach()
    {
        var (run, file) = await OutcomeFiles.RunAsync(Load("korea-desk-wanted.yaml"), 2000, workers: 2);
        var (metadata, groups, rows) = await OutcomeFiles.ReadAsync(file);

        using var js = OutcomeFiles.ReadWithHyparquet(file);
        var root = js.RootElement;
        Assert.Equal(OutcomeColumns.Names, root.GetProperty("columns").EnumerateArray().Select(c => c.GetString()));
        Assert.Equal(groups, root.GetProperty("groups").EnumerateArray().Select(g => g.GetInt64()));
        foreach (var (key, value) in metadata) Assert.Equal(value, root.GetProperty("metadata").GetProperty(key).GetString());
        var jsRows = root.GetProperty("rows").EnumerateArray().ToArray();
        Assert.Equal(rows.Count, jsRows.Length);
        for (var i = 0; i < rows.Count; i++)
            Assert.Equal(string.Join(',', rows[i].Select(Cell)), string.Join(',', jsRows[i].EnumerateArray().Select(JsCell)));

        // Read by hyparquet alone: the mean of vn.mps's reached over replications is the result's reach, exactly.
        var mps = jsRows.Where(r => r[3].GetString() == "vn.mps").ToArray();
        var reach = run.Result.Alerts.Single().Agencies.Single(a => a.Agency == "vn.mps").Reached;
        Assert.Equal(reach.N, mps.Length);
        Assert.Equal(reach.Successes, mps.Count(r => r[5].GetBoolean()));
        Assert.Equal(reach.Value, mps.Average(r => r[5].GetBoolean() ? 1.0 : 0.0), 12);
    }

    private static string Cell(object? value) => value switch
    {
        null => "",
        bool b => b ? "true" : "false",
        double d => d.ToString("R", CultureInfo.InvariantCulture),
        int n => n.ToString(CultureInfo.InvariantCulture),
        string s => s,
        _ => throw new InvalidOperationException($"unexpected cell {value}"),
    };

    private static string JsCell(System.Text.Json.JsonElement e) => e.ValueKind switch
    {
        System.Text.Json.JsonValueKind.Null => "",
        System.Text.Json.JsonValueKind.True => "true",
        System.Text.Json.JsonValueKind.False => "false",
        System.Text.Json.JsonValueKind.Number => e.GetDouble().ToString("R", CultureInfo.InvariantCulture),
        _ => e.GetString()!,
    };
}
