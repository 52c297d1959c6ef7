using CoopSim.Scenarios;

namespace CoopSim.Cli;

/// <summary>
/// Why a path given where a scenario is expected is not one, before its YAML is read: a scenario loader shown a
/// world file would only say "unknown key 'channels' in a scenario; did you mean 'changes'?".
/// </summary>
internal static class ScenarioPathProblem
{
    /// <returns>The problem in a few words, or null when the path may hold a scenario.</returns>
    public static string? Of(string path)
    {
        if (Directory.Exists(path))
            return "is a folder, not a scenario file (coopsim scenarios FOLDER lists the scenarios in it)";
        if (!File.Exists(path))
        {
            var shipped = BuiltInExamples.ScenariosFolder is { } folder && File.Exists(Path.Combine(folder, Path.GetFileName(path)));
            return shipped ? "no such scenario file (coopsim ships an example of that name: coopsim init DIR copies the examples to run and edit)" : "no such scenario file";
        }

        if (InputValidator.IsWorldFile(path))
            return "is a world file (countries, agencies, channels …), not a scenario; a scenario names its world with world: FOLDER "
                + "(coopsim network shows a world, coopsim init DIR writes a scenario to start from)";
        return null;
    }
}
