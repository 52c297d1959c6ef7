using System.Security.Cryptography;
using System.Text.Json;
using CoopSim.Tests.Shared;

namespace CoopSim.Cli.Tests;

/// <summary>A JSON result says what made it: the tool, the scenario and world by content, and the answer to the question.</summary>
public sealed class RunResultIdentityTests
{
    [Fact]
    public async Task Run_Json_NamesToolScenarioAndWorldByContentAndAnswersTheQuestion()
    {
        using var folder = new TempFolder();
        Directory.CreateDirectory(folder["scenarios"]);
        Directory.CreateDirectory(folder["seeds"]);
        foreach (var file in Directory.GetFiles(RepoPaths.Seeds)) File.Copy(file, Path.Combine(folder["seeds"], Path.GetFileName(file)));
        var scenario = Path.Combine(folder["scenarios"], "k.yaml");
        File.Copy(RepoPaths.Scenario("korea-desk-wanted.yaml"), scenario);

        var before = await JsonAsync(scenario);
        // The world's hash is that of its YAML files one after the other, in path order (`cat seeds/*.yaml | sha256sum`).
        var worldFiles = Directory.GetFiles(folder["seeds"], "*.yaml").Order(StringComparer.Ordinal).SelectMany(File.ReadAllBytes).ToArray();
        Assert.Equal(Hex(SHA256.HashData(worldFiles)), before.GetProperty("world_sha256").GetString());
        Assert.Equal(Hex(SHA256.HashData(File.ReadAllBytes(scenario))), before.GetProperty("scenario_sha256").GetString());
        Assert.Matches(@"^coopsim \d+\.\d+\.\d+", before.GetProperty("tool").GetString());
        var answer = before.GetProperty("answer");
        Assert.Equal("reach", answer.GetProperty("kind").GetString());
        Assert.Equal("W-1", answer.GetProperty("alert").GetString());
        Assert.Equal(100, answer.GetProperty("reached").GetProperty("n").GetInt32());

        File.AppendAllText(Path.Combine(folder["seeds"], "countries.yaml"), "\n# a comment changes the bytes, not the world\n");
        var after = await JsonAsync(scenario);
        Assert.NotEqual(before.GetProperty("world_sha256").GetString(), after.GetProperty("world_sha256").GetString());
        Assert.Equal(before.GetProperty("scenario_sha256").GetString(), after.GetProperty("scenario_sha256").GetString());
    }

    private static async Task<JsonElement> JsonAsync(string scenario)
    {
        var result = await CliHarness.RunAsync("run", scenario, "--runs", "100", "--engine", "inproc", "--format", "json");
        Assert.True(result.ExitCode == 0, result.Error);
        return JsonDocument.Parse(result.Out).RootElement.Clone();
    }

    private static string Hex(byte[] hash) => Convert.ToHexString(hash).ToLowerInvariant();
}
