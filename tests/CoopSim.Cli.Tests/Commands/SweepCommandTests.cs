using System.Text.Json;
using CoopSim.Scenarios;
using CoopSim.Scenarios.Sweeps;
using CoopSim.Simulation.Engine;
using CoopSim.Studies.Output;
using CoopSim.Studies.Sweeps;
using CoopSim.Tests.Shared;

namespace CoopSim.Cli.Tests.Commands;

public sealed class SweepCommandTests : IDisposable
{
    private const string KoreaDeskMedian = "channels.kr-vn-desk.latency.median";
    private readonly string _dir = Directory.CreateTempSubdirectory("coopsim-sweep-cli-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public async Task Sweep_KoreaDeskLatencyMedianOneToTwelveHours_TwelveRowsWithVietNamMedianRising()
    {
        var result = await CliHarness.RunAsync("sweep", "scenarios/korea-desk-wanted.yaml", "--vary", $"{KoreaDeskMedian}=1h..12h/1h",
            "--runs", "2000", "--engine", "inproc", "--format", "json");

        Assert.Equal(0, result.ExitCode);
        using var doc = JsonDocument.Parse(result.Out);
        var points = doc.RootElement.GetProperty("points").EnumerateArray().ToArray();
        Assert.Equal(12, points.Length);
        Assert.Equal(Enumerable.Range(1, 12).Select(h => $"{h}h"), points.Select(p => p.GetProperty("values").GetProperty(KoreaDeskMedian).GetString()));
        var medians = points.Select(p => p.GetProperty("figures").EnumerateArray()
            .Single(f => f.TryGetProperty("country", out var c) && c.GetString() == "VN" && f.GetProperty("figure").GetString() == "p50_h")
            .GetProperty("value").GetDouble()).ToArray();

        // Same seed at every point: the median moves with the latency alone, so it rises point by point.
        for (var i = 1; i < medians.Length; i++) Assert.True(medians[i] > medians[i - 1], $"median at {i + 1}h ({medians[i]}) ≤ at {i}h ({medians[i - 1]})");
    }

    [Fact]
    public async Task Sweep_QuestionNamesAnAgency_ReportsThatAgencyFirst()
    {
        // korea-desk-wanted asks about Viet Nam's MPS: its figures lead every point, before the country's.
        var json = await CliHarness.RunAsync("sweep", "scenarios/korea-desk-wanted.yaml", "--vary", $"{KoreaDeskMedian}=1h,6h",
            "--runs", "50", "--engine", "inproc", "--format", "json");
        var table = await CliHarness.RunAsync("sweep", "scenarios/korea-desk-wanted.yaml", "--vary", $"{KoreaDeskMedian}=1h,6h",
            "--runs", "50", "--engine", "inproc");

        Assert.Equal(0, json.ExitCode);
        using var doc = JsonDocument.Parse(json.Out);
        foreach (var point in doc.RootElement.GetProperty("points").EnumerateArray())
        {
            var figures = point.GetProperty("figures").EnumerateArray().ToArray();
            Assert.Equal(["vn.mps", "vn.mps", "vn.mps"], figures.Take(3).Select(f => f.TryGetProperty("agency", out var a) ? a.GetString() : null));
            Assert.Equal(["reach", "p50_h", "p90_h"], figures.Take(3).Select(f => f.GetProperty("figure").GetString()));
        }

        Assert.Equal(0, table.ExitCode);
        var agency = table.Out.IndexOf("W-1 → vn.mps reach", StringComparison.Ordinal);
        Assert.InRange(agency, 0, table.Out.IndexOf("W-1 → VN reach", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Sweep_TableOfTwelvePoints_PrintsARowPerPoint()
    {
        var result = await CliHarness.RunAsync("sweep", "scenarios/korea-desk-wanted.yaml", "--vary", $"{KoreaDeskMedian}=1h..12h/1h",
            "--runs", "50", "--engine", "inproc");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("12 points, 50 runs each", result.Out);
        var rows = result.Out.Split('\n').Where(l => System.Text.RegularExpressions.Regex.IsMatch(l, @"^│ \d+h\s+│")).ToArray();
        Assert.Equal(12, rows.Length);
        Assert.Contains("W-1 → VN median", result.Out);
    }

    [Fact]
    public async Task Sweep_SameSweepTwice_GivesIdenticalBytes()
    {
        string[] args = ["sweep", "scenarios/korea-desk-wanted.yaml", "--vary", $"{KoreaDeskMedian}=1h..4h/1h", "--vary", "channels.kr-vn-desk.loss=0,0.2",
            "--runs", "200", "--engine", "inproc", "--format", "csv"];
        var first = await CliHarness.RunAsync(args);
        var second = await CliHarness.RunAsync(args);

        Assert.Equal(0, first.ExitCode);
        Assert.Equal(first.Out, second.Out);

        // A grid of 4 × 2 points, 3 figures (reach, p50, p90) each for the question's agency (vn.mps) and for VN, plus the header.
        Assert.Equal(1 + 8 * 3 * 2, first.Out.TrimEnd('\n').Split('\n').Length);
        Assert.StartsWith($"point,{KoreaDeskMedian},{KoreaDeskMedian}_x,channels.kr-vn-desk.loss,channels.kr-vn-desk.loss_x,alert,target,figure,value,ci95_low,ci95_high", first.Out);
    }

    [Fact]
    public async Task Sweep_PointAtThreeHours_EqualsAPlainRunOfTheScenarioEditedByHand()
    {
        var original = File.ReadAllText(RepoPaths.Scenario("korea-desk-wanted.yaml"));

        // The hand edit: a uniform 10m..8h with median 3h keeps its minimum, so it becomes 10m..5h50m.
        var edited = Path.Combine(_dir, "korea-desk-wanted-3h.yaml");
        File.WriteAllText(edited, original + $$"""

            world: {{RepoPaths.Seeds}}
            changes:
              alter-channels:
                - {id: kr-vn-desk, latency: {uniform: [10m, 5h50m]} }
            """);
        var plain = await CliHarness.RunAsync("run", edited, "--runs", "300", "--engine", "inproc", "--format", "json");
        var unedited = await CliHarness.RunAsync("run", "scenarios/korea-desk-wanted.yaml", "--runs", "300", "--engine", "inproc", "--format", "json");

        var scenario = ScenarioLoader.Load(RepoPaths.Scenario("korea-desk-wanted.yaml")).Value!;
        Assert.True(SweepGrid.TryParseOption($"{KoreaDeskMedian}=2h,3h", out var axis, out _));
        var sweep = await SweepRunner.RunAsync(new InProcessEngine(), scenario, [axis!], new RunOptions(300, scenario.Run.Seed, 2));

        Assert.Equal(0, plain.ExitCode);
        // What `run` adds about the files and the question is not the sweep's to say; the figures must be equal.
        Assert.Equal(Figures(plain.Out), Figures(ResultJsonWriter.ToJson(sweep.Rows[1].Result)));
        Assert.NotEqual(Figures(plain.Out), Figures(ResultJsonWriter.ToJson(sweep.Rows[0].Result)));
        Assert.NotEqual(Figures(plain.Out), Figures(unedited.Out));
    }

    /// <summary>A result's JSON without the header fields (tool, content hashes, answer) that a library caller leaves null.</summary>
    private static string Figures(string json)
    {
        var node = System.Text.Json.Nodes.JsonNode.Parse(json)!.AsObject();
        foreach (var key in new[] { "tool", "scenario_sha256", "world_sha256", "answer" }) Assert.True(node.Remove(key), key);
        return node.ToJsonString();
    }

    [Fact]
    public async Task Sweep_MisspeltChannel_OneLineErrorNamingTheOptionAndExit2()
    {
        var result = await CliHarness.RunAsync("sweep", "scenarios/korea-desk-wanted.yaml", "--vary", "channels.kr-vn-dsk.latency.median=1h,2h", "--engine", "inproc");

        Assert.Equal(2, result.ExitCode);
        Assert.Equal("coopsim: error: --vary channels.kr-vn-dsk.latency.median: unknown channel 'kr-vn-dsk'; did you mean 'kr-vn-desk'?", result.Error.Trim());
        Assert.Empty(result.Out);
    }

    [Fact]
    public async Task Sweep_BadValueWithOut_LeavesTheExistingFileUntouched()
    {
        var path = Path.Combine(_dir, "sweep.csv");
        File.WriteAllText(path, "what the user had");
        var result = await CliHarness.RunAsync("sweep", "scenarios/korea-desk-wanted.yaml", "--vary", $"{KoreaDeskMedian}=1h,5m", "--engine", "inproc", "--out", path);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("a median of 5m is not above the distribution's minimum 10m", result.Error);
        Assert.Single(result.Error.Trim().Split('\n'));
        Assert.Equal("what the user had", File.ReadAllText(path));
        Assert.Equal(["sweep.csv"], Directory.GetFiles(_dir).Select(Path.GetFileName));
    }

    [Fact]
    public async Task Sweep_OutFile_IsWrittenWhole()
    {
        var path = Path.Combine(_dir, "sweep.json");
        var result = await CliHarness.RunAsync("sweep", "scenarios/korea-desk-wanted.yaml", "--vary", $"{KoreaDeskMedian}=1h,2h", "--runs", "20", "--engine", "inproc", "--format", "json", "--out", path);

        Assert.Equal(0, result.ExitCode);
        using var doc = JsonDocument.Parse(File.ReadAllText(path));
        Assert.Equal("coopsim.sweep/1", doc.RootElement.GetProperty("format").GetString());
        Assert.Equal(2, doc.RootElement.GetProperty("points").GetArrayLength());
    }

    [Fact]
    public async Task Sweep_ScenarioWithSweepBlockAndNoVary_SweepsTheBlock()
    {
        var path = Path.Combine(_dir, "with-block.yaml");
        File.WriteAllText(path, File.ReadAllText(RepoPaths.Scenario("korea-desk-wanted.yaml")) + $$"""

            world: {{RepoPaths.Seeds}}
            sweep:
              - {vary: {{KoreaDeskMedian}}, values: [2h, 6h]}
              - {vary: agencies.vn.mps.korea-desk.hours, values: [24/7, 09:00-17:00]}
            """);
        var result = await CliHarness.RunAsync("sweep", path, "--runs", "20", "--engine", "inproc", "--format", "json");

        Assert.Equal(0, result.ExitCode);
        using var doc = JsonDocument.Parse(result.Out);
        Assert.Equal([KoreaDeskMedian, "agencies.vn.mps.korea-desk.hours"], doc.RootElement.GetProperty("parameters").EnumerateArray().Select(p => p.GetString()));
        Assert.Equal(4, doc.RootElement.GetProperty("points").GetArrayLength());
    }

    [Fact]
    public async Task Sweep_NoVaryAndNoBlock_SaysWhatToGive()
    {
        var result = await CliHarness.RunAsync("sweep", "scenarios/korea-desk-wanted.yaml", "--engine", "inproc");
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("nothing to sweep", result.Error);
    }

    [Fact]
    public async Task Validate_SweepBlockWithBadRange_NamesFileLineAndColumnAndExit2()
    {
        var path = Path.Combine(_dir, "bad-block.yaml");
        File.WriteAllText(path, File.ReadAllText(RepoPaths.Scenario("korea-desk-wanted.yaml")) + $$"""

            world: {{RepoPaths.Seeds}}
            sweep:
              - vary: {{KoreaDeskMedian}}
                values: 12h..1h/1h
            """);
        var lines = File.ReadAllLines(path);
        var line = Array.FindIndex(lines, l => l.Contains("values: 12h..1h/1h")) + 1;

        var result = await CliHarness.RunAsync("validate", path);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains($"bad-block.yaml({line},13): error: {KoreaDeskMedian}: range '12h..1h/1h' ends before it starts", result.Error);
    }

    [Fact]
    public async Task Sweep_ShippedScenarioWithSweepBlock_RunsItsOwnGrid()
    {
        var result = await CliHarness.RunAsync("sweep", "scenarios/korea-desk-outage-manhunt.yaml", "--runs", "30", "--engine", "inproc", "--format", "json");

        Assert.Equal(0, result.ExitCode);
        using var doc = JsonDocument.Parse(result.Out);
        Assert.Equal(["outages.kr-vn-desk.from"], doc.RootElement.GetProperty("parameters").EnumerateArray().Select(p => p.GetString()));
        Assert.Equal(13, doc.RootElement.GetProperty("points").GetArrayLength());
    }
}
