using System.Text.Json;
using System.Text.RegularExpressions;

namespace CoopSim.Cli.Tests.Commands;

public sealed class TraceCommandTests
{
    [Fact]
    public async Task Trace_FileFromRun_PrintsThePropagationTreeAndChannels()
    {
        var path = Path.Combine(Path.GetTempPath(), $"coopsim-{Guid.NewGuid():N}.jsonl");
        try
        {
            var run = await CliHarness.RunAsync("run", "scenarios/korea-desk-wanted.yaml", "--runs", "1", "--trace", $"jsonl:{path}", "--format", "json");
            Assert.Equal(0, run.ExitCode);
            Assert.Matches(@"traces: \d+ spans, \d+ written to file", run.Error);

            var trace = await CliHarness.RunAsync("trace", path, "--alert", "W-1");
            Assert.Equal(0, trace.ExitCode);
            Assert.Contains("W-1 issued by kr.knpa at Fri 18 Apr 10:00 (UTC+09:00)", trace.Out);
            Assert.Contains("kr.knpa.vn-desk via kr-knpa-vn-desk from kr.knpa: can act", trace.Out);
            Assert.Contains("vn.mps.korea-desk via kr-vn-desk from kr.knpa.vn-desk", trace.Out);
            Assert.Contains("channels", trace.Out);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public async Task Trace_MissingFile_ExitsTwoInOneLine()
    {
        var result = await CliHarness.RunAsync("trace", "no-such-trace.jsonl");
        Assert.Equal(2, result.ExitCode);
        Assert.Equal("no-such-trace.jsonl: error: no such trace file", result.Error.Trim());
    }

    [Fact]
    public async Task Run_BadTraceTarget_ExitsTwoWithoutRunning()
    {
        var result = await CliHarness.RunAsync("run", "scenarios/korea-desk-wanted.yaml", "--trace", "zipkin");
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--trace 'zipkin' is not one of: console, otlp, jsonl:PATH", result.Error);
    }

    [Fact]
    public async Task Trace_OutageScenario_MarksDropsAndLinksDuplicatesToTheFirstDelivery()
    {
        var path = Path.Combine(Path.GetTempPath(), $"coopsim-{Guid.NewGuid():N}.jsonl");
        try
        {
            var run = await CliHarness.RunAsync("run", "scenarios/korea-desk-outage-manhunt.yaml", "--runs", "1", "--trace", $"jsonl:{path}", "--format", "json");
            Assert.Equal(0, run.ExitCode);

            var trace = await CliHarness.RunAsync("trace", path, "--replication", "0");
            Assert.Equal(0, trace.ExitCode);
            Assert.Contains("vn.mps.korea-desk via kr-vn-desk from kr.knpa.vn-desk: DROPPED-BY-OUTAGE", trace.Out);
            Assert.Contains("duplicate, already held (first via kr-police-border from kr.knpa)", trace.Out);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public async Task Trace_MalformedLine_ExitsTwoWithFileLineAndColumn()
    {
        var path = Path.Combine(Path.GetTempPath(), $"coopsim-{Guid.NewGuid():N}.jsonl");
        File.WriteAllText(path, "{\"trace_id\": \"x\"\n");
        try
        {
            var result = await CliHarness.RunAsync("trace", path);
            Assert.Equal(2, result.ExitCode);
            Assert.Matches(@"^\S+\.jsonl\(1,\d+\): error: ", result.Error.Trim());
            Assert.Single(result.Error.Trim().Split('\n'));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public async Task Run_TraceConsole_PrintsEachHopsChannelAndAgenciesOnStderrAndKeepsStdoutClean()
    {
        var run = await CliHarness.RunAsync("run", "scenarios/korea-desk-wanted.yaml", "--runs", "1", "--trace", "console", "--format", "json");

        Assert.Equal(0, run.ExitCode);
        Assert.Matches(new Regex(@"^Activity\.DisplayName:\s+kr\.knpa\.vn-desk → vn\.mps\.korea-desk via kr-vn-desk$", RegexOptions.Multiline), run.Error);
        Assert.Matches(new Regex(@"^\s+coopsim\.channel: kr-vn-desk$", RegexOptions.Multiline), run.Error);
        Assert.Matches(new Regex(@"^\s+coopsim\.agency\.from: kr\.knpa\.vn-desk$", RegexOptions.Multiline), run.Error);
        Assert.Matches(new Regex(@"^\s+coopsim\.agency\.to: vn\.mps\.korea-desk$", RegexOptions.Multiline), run.Error);
        Assert.Matches(@"traces: (\d+) spans, \1 to the console", run.Error);

        // The spans go to stderr only: stdout is the result document and nothing else.
        Assert.DoesNotContain("Activity.", run.Out);
        using var result = JsonDocument.Parse(run.Out);
        Assert.Equal("coopsim.result/2", result.RootElement.GetProperty("format").GetString());
    }
}
