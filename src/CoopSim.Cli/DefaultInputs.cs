using CoopSim.Scenarios;

namespace CoopSim.Cli;

/// <summary>
/// What a command uses when it is given no file: the repository's folder when run inside a checkout (or a
/// folder written by <c>coopsim init</c>), else the copy shipped with the tool, so that an installed tool in an
/// empty folder lists, draws and serves the examples instead of answering "no such folder".
/// </summary>
internal static class DefaultInputs
{
    public const string ScenariosFolder = "scenarios";
    public const string WorldFolder = "seeds";

    public static string Scenarios(string? given) =>
        given ?? (Directory.Exists(ScenariosFolder) ? ScenariosFolder : BuiltInExamples.ScenariosFolder ?? ScenariosFolder);

    public static string World(string? given) =>
        given ?? (Directory.Exists(WorldFolder) ? WorldFolder : BuiltInWorld.Folder ?? WorldFolder);

    public static string StarterScenario(string? given)
    {
        if (given is not null) return given;
        var local = Path.Combine(ScenariosFolder, BuiltInExamples.StarterScenario);
        return File.Exists(local) ? local : BuiltInExamples.Starter ?? local;
    }
}
