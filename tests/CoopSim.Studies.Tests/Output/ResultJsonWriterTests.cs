using System.Text.Json;
using CoopSim.Model.Scenario;
using CoopSim.Simulation.Engine;
using CoopSim.Studies.Answers;
using CoopSim.Studies.Output;
using CoopSim.Tests.Shared;

namespace CoopSim.Studies.Tests.Output;

/// <summary><c>coopsim.result/2</c>: the tool, the scenario's and world's identity, the answer, and lists where names are plural.</summary>
public sealed class ResultJsonWriterTests
{
    private static ScenarioModel Load(string name) => Scenarios.ScenarioLoader.Load(RepoPaths.Scenario(name)).Value!;

    private static async Task<(ScenarioModel Scenario, SimulationRun Run)> RunAsync(string name, int replications)
    {
        var scenario = Load(name);
        return (scenario, await new InProcessEngine().RunAsync(scenario, new RunOptions(replications, 7, 1)));
    }

    [Fact]
    public async Task Write_Subject_ListsItsAlertsAsAnArray()
    {
        var (_, run) = await RunAsync("uz-entry-block.yaml", 50);

        using var doc = JsonDocument.Parse(ResultJsonWriter.ToJson(run.Result));
        var alerts = doc.RootElement.GetProperty("subjects")[0].GetProperty("alerts");
        Assert.Equal(JsonValueKind.Array, alerts.ValueKind);
        Assert.Equal(["EB-1"], alerts.EnumerateArray().Select(a => a.GetString()));
    }

    [Fact]
    public async Task Write_WithHeader_SaysFormatToolAndContentHashes()
    {
        var (scenario, run) = await RunAsync("korea-desk-wanted.yaml", 50);
        var provenance = ResultProvenance.Of(scenario, "coopsim 9.9.9");

        using var doc = JsonDocument.Parse(ResultJsonWriter.ToJson(run.Result, new ResultHeader(provenance, null)));
        var root = doc.RootElement;
        Assert.Equal("coopsim.result/2", root.GetProperty("format").GetString());
        Assert.Equal("coopsim 9.9.9", root.GetProperty("tool").GetString());
        var expected = Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(RepoPaths.Scenario("korea-desk-wanted.yaml"))));
        Assert.Equal(expected.ToLowerInvariant(), root.GetProperty("scenario_sha256").GetString());
        Assert.Matches("^[0-9a-f]{64}$", root.GetProperty("world_sha256").GetString());
        Assert.Equal(JsonValueKind.Null, root.GetProperty("answer").ValueKind);
    }

    [Fact]
    public async Task Write_WithAnswer_GivesTheFigureTheQuestionAsksFor()
    {
        var (scenario, run) = await RunAsync("korea-desk-wanted.yaml", 400);
        var answer = ScenarioAnswerEvaluator.Evaluate(scenario, run)!;

        using var doc = JsonDocument.Parse(ResultJsonWriter.ToJson(run.Result, new ResultHeader(null, answer)));
        var block = doc.RootElement.GetProperty("answer");
        Assert.Equal("reach", block.GetProperty("kind").GetString());
        Assert.Equal(answer.Target.Alert, block.GetProperty("alert").GetString());
        // The answer's reach of a country is the country row's reach, counted independently by the fold.
        var country = block.GetProperty("country").GetString() ?? block.GetProperty("agency").GetString();
        var row = doc.RootElement.GetProperty("alerts")[0].GetProperty("countries").EnumerateArray()
            .Concat(doc.RootElement.GetProperty("alerts")[0].GetProperty("agencies").EnumerateArray())
            .First(r => (r.TryGetProperty("country", out var c) && c.GetString() == country && r.TryGetProperty("in_scope", out _))
                || (r.TryGetProperty("agency", out var a) && a.GetString() == country));
        Assert.Equal(row.GetProperty("reached").GetProperty("successes").GetInt32(), block.GetProperty("reached").GetProperty("successes").GetInt32());
        Assert.Equal(Math.Round(answer.MedianHours * 3600, 4), block.GetProperty("time_to_reach_p50_s").GetDouble());
        Assert.Equal(row.GetProperty("time_to_reach_s").GetProperty("p50").GetDouble(), block.GetProperty("time_to_reach_p50_s").GetDouble(), 3);
    }

    [Fact]
    public async Task Write_SubjectAnswer_IsAnInterceptionWithoutTimes()
    {
        var (scenario, run) = await RunAsync("uz-entry-block.yaml", 300);
        var answer = ScenarioAnswerEvaluator.Evaluate(scenario, run)!;

        using var doc = JsonDocument.Parse(ResultJsonWriter.ToJson(run.Result, new ResultHeader(null, answer)));
        var block = doc.RootElement.GetProperty("answer");
        Assert.Equal("interception", block.GetProperty("kind").GetString());
        Assert.Equal("suspect", block.GetProperty("subject").GetString());
        var intercepted = doc.RootElement.GetProperty("subjects")[0].GetProperty("intercepted");
        Assert.Equal(intercepted.GetProperty("successes").GetInt32(), block.GetProperty("reached").GetProperty("successes").GetInt32());
        Assert.Equal(intercepted.GetProperty("p").GetDouble(), block.GetProperty("reached").GetProperty("p").GetDouble());
        Assert.Equal(JsonValueKind.Null, block.GetProperty("time_to_reach_p50_s").ValueKind);
    }
}
