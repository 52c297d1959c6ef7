using System.Text.Json;
using CoopSim.Tests.Shared;

namespace CoopSim.Cli.Tests.Commands;

public sealed class RunCommandTests
{
    [Fact]
    public async Task Run_SameSeedTwiceAndTwoWorkers_GivesIdenticalJson()
    {
        var first = await CliHarness.RunAsync("run", "scenarios/korea-desk-wanted.yaml", "--runs", "200", "--seed", "7", "--format", "json", "--workers", "1");
        var second = await CliHarness.RunAsync("run", "scenarios/korea-desk-wanted.yaml", "--runs", "200", "--seed", "7", "--format", "json", "--workers", "1");
        var parallel = await CliHarness.RunAsync("run", "scenarios/korea-desk-wanted.yaml", "--runs", "200", "--seed", "7", "--format", "json", "--workers", "2");

        Assert.Equal(0, first.ExitCode);
        Assert.Equal(first.Out, second.Out);
        Assert.Equal(first.Out, parallel.Out);
        using var doc = JsonDocument.Parse(first.Out);
        Assert.Equal("coopsim.result/2", doc.RootElement.GetProperty("format").GetString());
        Assert.Equal(200, doc.RootElement.GetProperty("replications").GetInt32());
    }

    [Fact]
    public async Task Run_VerboseWithTwoWorkers_SaysHowTheWorkWasSpreadAndWhereTheTimeWent()
    {
        var result = await CliHarness.RunAsync("run", "scenarios/korea-desk-wanted.yaml", "--runs", "300", "--format", "json", "--engine", "inproc", "--workers", "2", "--verbose");

        Assert.Equal(0, result.ExitCode);
        var lines = result.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, lines.Length);
        Assert.Matches(@"^inproc: (replications side by side on 2 workers(, each folding its own)?|each replication's windows shared by 2 workers) \(measured per replication: [0-9.]+ ms on one kernel", lines[0]);
        Assert.Matches(@"^inproc: [0-9.]+ s: compile [0-9.]+ s, replications [0-9.]+ s \(folding [0-9.]+ s of it\), finish [0-9.]+ s$", lines[1].TrimEnd('\r'));
        using var doc = JsonDocument.Parse(result.Out);
        Assert.Equal(300, doc.RootElement.GetProperty("replications").GetInt32());
    }

    [Fact]
    public async Task Run_DifferentSeed_GivesDifferentJson()
    {
        var a = await CliHarness.RunAsync("run", "scenarios/korea-desk-wanted.yaml", "--runs", "50", "--seed", "1", "--format", "json");
        var b = await CliHarness.RunAsync("run", "scenarios/korea-desk-wanted.yaml", "--runs", "50", "--seed", "2", "--format", "json");
        Assert.NotEqual(a.Out, b.Out);
    }

    [Fact]
    public async Task Run_TableFormat_NamesTheScenarioAndTheRecipient()
    {
        var result = await CliHarness.RunAsync("run", "scenarios/korea-desk-wanted.yaml", "--runs", "30");
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("korea-desk-wanted", result.Out);
        Assert.Contains("Ministry of Public Security of", result.Out);
        Assert.Contains("30 simulated runs", result.Out);
    }

    [Fact]
    public async Task Run_CsvFormat_HasHeaderAndRows()
    {
        var result = await CliHarness.RunAsync("run", "scenarios/korea-desk-wanted.yaml", "--runs", "20", "--format", "csv");
        var lines = result.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("alert,level,recipient", lines[0]);
        Assert.Contains(lines, l => l.StartsWith("W-1,agency,vn.mps,", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Run_OutFile_IsWrittenWhole()
    {
        var path = Path.Combine(Path.GetTempPath(), $"coopsim-{Guid.NewGuid():N}.json");
        try
        {
            var result = await CliHarness.RunAsync("run", "scenarios/korea-desk-wanted.yaml", "--runs", "20", "--format", "json", "--out", path);
            Assert.Equal(0, result.ExitCode);
            using var doc = JsonDocument.Parse(File.ReadAllText(path));
            Assert.Equal(20, doc.RootElement.GetProperty("replications").GetInt32());
            Assert.Empty(Directory.GetFiles(Path.GetDirectoryName(path)!, $".{Path.GetFileName(path)}*"));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public async Task Run_MalformedScenario_ExitsTwoWithOneLinePerProblemAndWritesNothing()
    {
        var dir = Directory.CreateTempSubdirectory("coopsim-cli-").FullName;
        var scenario = Path.Combine(dir, "bad.yaml");
        var output = Path.Combine(dir, "result.json");
        File.WriteAllText(output, "what the user already had");
        File.WriteAllText(scenario, $"""
            world: {RepoPaths.Seeds}
            start: 2025-04-18T10:00:00+09:00
            alerts:
              - id: A
                kind: wanted-person
                origin: kr.nowhere
                scoop: [VN]
            changes:
              alter-channels:
                - {"{"}id: kr-vn-desk, latency: -2h{"}"}
            """);
        try
        {
            var result = await CliHarness.RunAsync("run", scenario, "--format", "json", "--out", output);
            var lines = result.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries);

            Assert.Equal(2, result.ExitCode);
            Assert.Equal(3, lines.Length);
            Assert.All(lines, l => Assert.Matches(@"bad\.yaml\(\d+,\d+\): error: ", l));
            Assert.DoesNotContain("   at ", result.Error);
            Assert.Equal("what the user already had", File.ReadAllText(output));
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    [Fact]
    public async Task Run_YamlSyntaxError_ExitsTwoWithPosition()
    {
        var dir = Directory.CreateTempSubdirectory("coopsim-cli-").FullName;
        var scenario = Path.Combine(dir, "syntax.yaml");
        File.WriteAllText(scenario, "name: x\nalerts: [\n  - {id: A\n");
        try
        {
            var result = await CliHarness.RunAsync("run", scenario);
            Assert.Equal(2, result.ExitCode);
            Assert.Matches(@"^\S*syntax\.yaml\(\d+,\d+\): error: YAML syntax", result.Error.Trim());
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    [Fact]
    public async Task Run_MissingScenarioFile_ExitsTwo()
    {
        var result = await CliHarness.RunAsync("run", "scenarios/no-such.yaml");
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("no-such.yaml: error: no such scenario file", result.Error);
    }

    [Theory]
    [InlineData("--cluster", "dev@30000", "--cluster needs --engine orleans")]
    [InlineData("--trace-orleans", null, "--trace-orleans needs --engine orleans")]
    public async Task Run_OrleansOptionWithInProcEngine_ExitsTwoWithOneLine(string option, string? value, string expected)
    {
        string[] args = value is null
            ? ["run", "scenarios/korea-desk-wanted.yaml", "--runs", "5", "--engine", "inproc", option]
            : ["run", "scenarios/korea-desk-wanted.yaml", "--runs", "5", "--engine", "inproc", option, value];
        var result = await CliHarness.RunAsync(args);
        Assert.Equal(2, result.ExitCode);
        var line = Assert.Single(result.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains(expected, line);
    }

    [Fact]
    public async Task Run_Cancelled_StopsWithoutOutput()
    {
        var dir = Directory.CreateTempSubdirectory("coopsim-cli-").FullName;
        var output = Path.Combine(dir, "out.json");
        try
        {
            using var cts = new CancellationTokenSource();
            cts.Cancel();
            var context = new CliContext(Spectre.Console.AnsiConsole.Create(new Spectre.Console.AnsiConsoleSettings { Out = new Spectre.Console.AnsiConsoleOutput(new StringWriter()) }), new StringWriter(), true);
            var code = await CliApplication.RunAsync(["run", Path.Combine(RepoPaths.Root, "scenarios/korea-desk-wanted.yaml"), "--runs", "100000", "--out", output], context, cts.Token);
            Assert.Equal(ExitCodes.Cancelled, code);
            Assert.False(File.Exists(output));
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }
}
