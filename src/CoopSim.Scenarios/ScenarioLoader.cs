using CoopSim.Model.Scenario;

namespace CoopSim.Scenarios;

/// <summary>Reads a scenario file, loads the world it names, applies its what-if changes and validates the lot.</summary>
public static class ScenarioLoader
{
    public static LoadResult<ScenarioModel> Load(string path) =>
        throw new NotImplementedException("The scenario loader is being written.");
}
