using System.Text.Json;
using CoopSim.Scenarios;
using CoopSim.Simulation.Engine;
using CoopSim.Tests.Shared;

namespace CoopSim.Telemetry.Tests;

/// <summary>
/// A trace file says what it is (its header), carries the subjects' arrivals and interception, names its delays' unit,
/// and a reader refuses any mistyped CoopSim field with its line instead of dropping the span.
/// </summary>
public sealed class TraceFileHeaderAndSubjectTests
{
    private static string TempPath() => Path.Combine(Path.GetTempPath(), $"coopsim-{Guid.NewGuid():N}.jsonl");

    /// <summary>The file of a traced run of <paramref name="scenarioFile"/>, and the run (replications kept) it came from.</summary>
    private static async Task<(string Path, SimulationRun Run)> TraceAsync(string scenarioFile, int replications)
    {
        var path = TempPath();
        await TelemetryRun.Gate.WaitAsync();
        try
        {
            var scenario = ScenarioLoader.Load(RepoPaths.Scenario(scenarioFile)).Value!;
            SimulationRun run;
            using (var session = TelemetrySession.Start([$"jsonl:{path}"], scenario, TraceTimeMode.Simulated, TextWriter.Null, seed: 7,
                       run: new TraceRunInfo("coopsim 9.9.9", "aa", "bb", replications)))
                run = await new InProcessEngine().RunAsync(scenario, new RunOptions(replications, 7, 2), session.Observer);
            return (path, run);
        }
        finally
        {
            TelemetryRun.Gate.Release();
        }
    }

    [Fact]
    public async Task JsonLines_TracedRun_OpensWithAHeaderNamingTheRun()
    {
        var (path, _) = await TraceAsync("korea-desk-wanted.yaml", 3);
        try
        {
            using var header = JsonDocument.Parse(File.ReadLines(path).First());
            var h = header.RootElement;
            Assert.Equal("coopsim.spans/2", h.GetProperty("format").GetString());
            Assert.Equal("coopsim 9.9.9", h.GetProperty("tool").GetString());
            Assert.Equal("korea-desk-wanted", h.GetProperty("scenario").GetString());
            Assert.Equal("aa", h.GetProperty("scenario_sha256").GetString());
            Assert.Equal("bb", h.GetProperty("world_sha256").GetString());
            Assert.Equal(7UL, h.GetProperty("seed").GetUInt64());
            Assert.Equal(3, h.GetProperty("replications").GetInt32());
            Assert.Equal("simulated", h.GetProperty("time_mode").GetString());

            var contents = TraceFile.ReadAll(path);
            Assert.Equal(new TraceFileHeader("coopsim 9.9.9", "korea-desk-wanted", "aa", "bb", 7, 3, TraceTimeMode.Simulated), contents.Header);
            Assert.Equal([0, 1, 2], contents.Replications);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public async Task JsonLines_DelayAttributes_NameTheirUnit()
    {
        var (path, _) = await TraceAsync("korea-desk-wanted.yaml", 2);
        try
        {
            var keys = TraceFile.Read(path).SelectMany(s => s.Attributes.Keys).Where(k => k.StartsWith("coopsim.delay.", StringComparison.Ordinal)).Distinct().ToArray();
            Assert.Equal(6, keys.Length);
            Assert.All(keys, k => Assert.EndsWith("_s", k));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public async Task JsonLines_SubjectScenario_HasArrivalAndInterceptionSpansAsTheFoldDecided()
    {
        var (path, run) = await TraceAsync("uz-entry-block.yaml", 40);
        try
        {
            var spans = TraceFile.Read(path);
            var roots = spans.Where(s => s.IsRoot && s.Attribute(TelemetryAttributes.SubjectId) == "suspect")
                .ToDictionary(s => s.Int(TelemetryAttributes.Replication)!.Value);
            Assert.Equal(40, roots.Count);
            var intercepted = 0;
            foreach (var (r, root) in roots)
            {
                var decided = run.Replications[r].Subjects[0];
                Assert.Equal(decided.InterceptedAtStop >= 0 ? "true" : "false", root.Attribute(TelemetryAttributes.SubjectIntercepted));
                var children = spans.Where(s => s.ParentSpanId == root.SpanId && s.TraceId == root.TraceId).ToArray();
                var arrival = Assert.Single(children, s => s.Name == "suspect arrives in KR");
                Assert.Equal("KR", arrival.Attribute(TelemetryAttributes.CountryTo));
                if (decided.LeadTimesMs[0] is { } lead) Assert.Equal(lead / 1000.0, arrival.Seconds(TelemetryAttributes.SubjectLead), 3);
                var block = children.Where(s => s.Name == "suspect stopped at the KR border").ToArray();
                Assert.Equal(decided.InterceptedAtStop == 0 ? 1 : 0, block.Length);
                if (block.Length == 1)
                {
                    intercepted++;
                    // The interception runs from the block to the arrival it pre-empted.
                    Assert.Equal(arrival.Start, block[0].End);
                    Assert.Equal(decided.LeadTimesMs[0]!.Value, (long)(block[0].End - block[0].Start).TotalMilliseconds);
                }
            }

            Assert.InRange(intercepted, 1, 39);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Theory]
    [InlineData("coopsim.replication", "\"2025-04-18T10:00:00+09:00\"", "'coopsim.replication' must be an integer")]
    [InlineData("coopsim.replication", "1.5", "'coopsim.replication' must be an integer")]
    [InlineData("coopsim.delay.transit_s", "\"3h\"", "'coopsim.delay.transit_s' must be a number")]
    [InlineData("coopsim.agency.to", "42", "'coopsim.agency.to' must be a string")]
    [InlineData("coopsim.time.sent", "\"yesterday\"", "'coopsim.time.sent' must be a time")]
    [InlineData("coopsim.hops", "\"2\"", "'coopsim.hops' must be an integer")]
    public async Task Read_MistypedAttribute_FailsNamingItsLine(string key, string value, string message)
    {
        var (path, _) = await TraceAsync("korea-desk-wanted.yaml", 2);
        try
        {
            var lines = File.ReadAllLines(path);
            // The fourth line: a hop span (after the header and the first replication's issue).
            var at = Array.FindIndex(lines, 2, l => l.Contains($"\"{key}\"", StringComparison.Ordinal));
            var node = System.Text.Json.Nodes.JsonNode.Parse(lines[at])!;
            node["attributes"]![key] = System.Text.Json.Nodes.JsonNode.Parse(value);
            lines[at] = node.ToJsonString();
            File.WriteAllLines(path, lines);

            var ex = Assert.Throws<TraceFileException>(() => TraceFile.Read(path, s => s.Int(TelemetryAttributes.Replication) == 0));
            Assert.StartsWith($"{path}({at + 1},", ex.Message);
            Assert.Contains(message, ex.Message);
            Assert.DoesNotContain('\n', ex.Message);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public async Task Read_HeaderNotFirst_FailsNamingItsLine()
    {
        var (path, _) = await TraceAsync("korea-desk-wanted.yaml", 1);
        try
        {
            var lines = File.ReadAllLines(path).ToList();
            lines.Add(lines[0]);
            File.WriteAllLines(path, lines);

            var ex = Assert.Throws<TraceFileException>(() => TraceFile.Read(path));
            Assert.Equal($"{path}({lines.Count},1): error: a trace header can only be the first line", ex.Message);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
