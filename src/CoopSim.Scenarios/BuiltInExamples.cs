namespace CoopSim.Scenarios;

/// <summary>
/// The example scenarios, candidates and schemas shipped beside the program, as the seed world is
/// (<see cref="BuiltInWorld"/>): an installed tool lists, serves and copies them without the repository.
/// </summary>
public static class BuiltInExamples
{
    /// <summary>The workshop's and the README's first scenario.</summary>
    public const string StarterScenario = "korea-desk-wanted.yaml";

    public static string? ScenariosFolder => Beside("scenarios");

    public static string? SchemasFolder => Beside("schemas");

    /// <summary>The shipped starter scenario's path, or null when the program was not shipped with it.</summary>
    public static string? Starter => ScenariosFolder is { } folder && File.Exists(Path.Combine(folder, StarterScenario))
        ? Path.Combine(folder, StarterScenario)
        : null;

    private static string? Beside(string name)
    {
        var folder = Path.Combine(AppContext.BaseDirectory, name);
        return Directory.Exists(folder) ? folder : null;
    }
}
