using CoopSim.Bench.Generation;
using CoopSim.Scenarios;
using CoopSim.Simulation.Tests;
using CoopSim.Studies.Output;

namespace CoopSim.Bench.Tests.Generation;

public sealed class GeneratedScenarioWriterTests
{
    [Fact]
    public void Write_GeneratedWorld_LoadsBackAndRunsToTheSameJson()
    {
        var generated = WorldGenerator.Generate(new GeneratedWorldOptions(Agencies: 240, Countries: 12, Alerts: 6));
        var folder = Directory.CreateTempSubdirectory("coopsim-generate-").FullName;
        try
        {
            Directory.CreateDirectory(Path.Combine(folder, "world"));
            Write(Path.Combine(folder, "world", "countries.yaml"), w => GeneratedScenarioWriter.WriteCountries(generated.World, w));
            Write(Path.Combine(folder, "world", "agencies.yaml"), w => GeneratedScenarioWriter.WriteAgencies(generated.World, w));
            Write(Path.Combine(folder, "world", "channels.yaml"), w => GeneratedScenarioWriter.WriteChannels(generated.World, w));
            Write(Path.Combine(folder, "world", "defaults.yaml"), w => GeneratedScenarioWriter.WriteDefaults(generated.World, w));
            Write(Path.Combine(folder, "scenario.yaml"), w => GeneratedScenarioWriter.WriteScenario(generated, "world", w));

            var loaded = ScenarioLoader.Load(Path.Combine(folder, "scenario.yaml"));
            Assert.True(loaded.Succeeded, string.Join("\n", loaded.Diagnostics));
            Assert.Equal(generated.World.Agencies.Count, loaded.Value!.World.Agencies.Count);
            Assert.Equal(generated.World.Channels.Count, loaded.Value.World.Channels.Count);

            var expected = ResultJsonWriter.ToJson(RunHelpers.Run(generated, 5, seed: 3).Result);
            var actual = ResultJsonWriter.ToJson(RunHelpers.Run(loaded.Value, 5, seed: 3).Result);
            Assert.Equal(expected, actual);
            Assert.Contains("\"alert\": \"X000005\"", actual);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static void Write(string path, Action<TextWriter> write)
    {
        using var writer = new StreamWriter(path);
        write(writer);
    }
}
