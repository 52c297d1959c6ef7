using CoopSim.Model.Scenario;
using CoopSim.Scenarios;

namespace CoopSim.Cli;

/// <summary>Loads a scenario for a command, printing every problem as one line when it does not validate.</summary>
internal static class ScenarioInput
{
    public static ScenarioModel? TryLoad(string path, CliContext context)
    {
        if (ScenarioPathProblem.Of(path) is { } problem)
        {
            context.Error.WriteLine($"{path}: error: {problem}");
            return null;
        }

        var result = ScenarioLoader.Load(path);
        foreach (var diagnostic in result.Diagnostics) context.Error.WriteLine(diagnostic.ToString());
        return result.Succeeded ? result.Value : null;
    }
}
