using System.Text.Json;

namespace CoopSim.Cli.Tests;

/// <summary><c>run --replications FILE</c>: per-replication outcomes, the same bytes on every engine and worker count.</summary>
public sealed class RunReplicationsFileTests
{
    [Theory]
    [InlineData("parquet")]
    [InlineData("csv")]
    public async Task Run_ReplicationsOnEveryEngineAndWorkerCount_WritesTheSameBytes(string extension)
    {
        using var folder = new TempFolder();
        var engines = new[] { ("inproc", "1"), ("inproc", "2"), ("orleans", "2"), ("orleans-replications", "2") };
        var files = new List<byte[]>();
        foreach (var (engine, workers) in engines)
        {
            var path = folder[$"{engine}-{workers}.{extension}"];
            var result = await CliHarness.RunAsync("run", "scenarios/uz-entry-block.yaml", "--runs", "150", "--engine", engine, "--workers", workers,
                "--format", "json", "--replications", path);
            Assert.True(result.ExitCode == 0, result.Error);
            files.Add(File.ReadAllBytes(path));
        }

        Assert.True(files[0].Length > 1000);
        Assert.All(files.Skip(1), f => Assert.Equal(files[0], f));
        Assert.Empty(folder.LeftoverTemporaries());
    }

    [Fact]
    public async Task Run_ReplicationsCsv_ReachOfEachAgencyIsTheJsonReach()
    {
        using var folder = new TempFolder();
        var result = await CliHarness.RunAsync("run", "scenarios/korea-desk-wanted.yaml", "--runs", "400", "--engine", "inproc",
            "--format", "json", "--replications", folder["r.csv"]);

        Assert.Equal(0, result.ExitCode);
        var rows = File.ReadAllLines(folder["r.csv"]).Skip(1).Select(l => l.Split(',')).ToArray();
        using var doc = JsonDocument.Parse(result.Out);
        foreach (var agency in doc.RootElement.GetProperty("alerts")[0].GetProperty("agencies").EnumerateArray())
        {
            var reached = agency.GetProperty("reached");
            var mine = rows.Where(r => r[3] == agency.GetProperty("agency").GetString()).ToArray();
            Assert.Equal(reached.GetProperty("n").GetInt32(), mine.Length);
            Assert.Equal(reached.GetProperty("successes").GetInt32(), mine.Count(r => r[5] == "true"));
        }
    }

    [Theory]
    [InlineData("r.txt", "--replications r.txt: name a .parquet or .csv file")]
    [InlineData("", "name a .parquet or .csv file")]
    public async Task Run_ReplicationsFileOfAnotherKind_ExitsTwoWithOneLineBeforeRunning(string name, string message)
    {
        using var folder = new TempFolder();
        var result = await CliHarness.RunAsync("run", "scenarios/korea-desk-wanted.yaml", "--runs", "10", "--engine", "inproc",
            "--replications", name.Length == 0 ? folder.Path : name);

        Assert.Equal(2, result.ExitCode);
        var line = Assert.Single(result.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("coopsim: error: --replications", line);
        Assert.EndsWith(message, line.TrimEnd());
        Assert.Empty(result.Out);
    }

    [Fact]
    public async Task Run_ReplicationsIntoAFolderNamedLikeAFile_ExitsTwoAndWritesNothing()
    {
        using var folder = new TempFolder();
        Directory.CreateDirectory(folder["r.parquet"]);
        var result = await CliHarness.RunAsync("run", "scenarios/korea-desk-wanted.yaml", "--runs", "10", "--engine", "inproc",
            "--format", "json", "--replications", folder["r.parquet"]);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("this is a folder", Assert.Single(result.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries)));
        Assert.Empty(result.Out);
    }
}
