using System.Text.Json.Nodes;

namespace CoopSim.Cli.Tests;

/// <summary><c>trace</c> on files it cannot use: it says why in one line, exit 2, and which replications a file has.</summary>
public sealed class TraceFileErrorsTests
{
    private static async Task<string[]> TraceLinesAsync(TempFolder folder, int runs)
    {
        var path = folder["t.jsonl"];
        var run = await CliHarness.RunAsync("run", "scenarios/uz-entry-block.yaml", "--runs", runs.ToString(System.Globalization.CultureInfo.InvariantCulture),
            "--engine", "inproc", "--format", "json", "--trace", $"jsonl:{path}");
        Assert.True(run.ExitCode == 0, run.Error);
        return File.ReadAllLines(path);
    }

    [Fact]
    public async Task Trace_ReplicationNotInTheFile_ListsTheReplicationsItHas()
    {
        using var folder = new TempFolder();
        await TraceLinesAsync(folder, 20);

        var result = await CliHarness.RunAsync("trace", folder["t.jsonl"], "--replication", "99");

        Assert.Equal(2, result.ExitCode);
        Assert.Equal("coopsim: error: the trace has no spans for replication 99; it has replications 0–19", result.Error.Trim());
    }

    [Fact]
    public async Task Trace_ReplicationMistypedAsADate_ExitsTwoNamingTheLine()
    {
        using var folder = new TempFolder();
        var lines = await TraceLinesAsync(folder, 3);
        // The issue's mutation: one span's replication written as a date string. It used to vanish, with its children.
        var at = Array.FindLastIndex(lines, l => l.Contains("\"coopsim.replication\":0", StringComparison.Ordinal));
        var node = JsonNode.Parse(lines[at])!;
        node["attributes"]!["coopsim.replication"] = "2025-06-16T20:00:00+05:00";
        lines[at] = node.ToJsonString();
        File.WriteAllLines(folder["t.jsonl"], lines);

        var result = await CliHarness.RunAsync("trace", folder["t.jsonl"]);

        Assert.Equal(2, result.ExitCode);
        var line = Assert.Single(result.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith($"{folder["t.jsonl"]}({at + 1},", line);
        Assert.EndsWith("error: 'coopsim.replication' must be an integer, not \"2025-06-16T20:00:00+05:00\"", line.TrimEnd());
        Assert.Empty(result.Out);
    }

    [Fact]
    public async Task Trace_SubjectScenario_SaysWhetherTheSubjectWasStopped()
    {
        using var folder = new TempFolder();
        var lines = await TraceLinesAsync(folder, 5);
        Assert.StartsWith("{\"format\":\"coopsim.spans/2\"", lines[0]);

        var result = await CliHarness.RunAsync("trace", folder["t.jsonl"], "--replication", "1");

        Assert.Equal(0, result.ExitCode);
        Assert.Matches(@"subject suspect: (stopped in KR|not stopped)", result.Out);
    }
}
