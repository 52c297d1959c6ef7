using CoopSim.Model.Scenario;
using CoopSim.Scenarios;

namespace CoopSim.Orleans.Tests;

internal static class Scenarios
{
    public static TheoryData<string> All()
    {
        var data = new TheoryData<string>();
        foreach (var path in Directory.GetFiles(RepoPaths.Scenarios, "*.yaml").Order(StringComparer.Ordinal)) data.Add(Path.GetFileName(path));
        return data;
    }

    public static ScenarioModel Load(string name)
    {
        var loaded = ScenarioLoader.Load(RepoPaths.Scenario(name));
        Assert.True(loaded.Succeeded, string.Join(Environment.NewLine, loaded.Diagnostics));
        return loaded.Value!;
    }
}
