namespace CoopSim.Scenarios.Bundles;

/// <summary>Where a scenario's <c>world:</c> points: relative to the scenario file, <c>../seeds</c> when absent.</summary>
public static class ScenarioWorldPath
{
    public const string Default = "../seeds";

    public static string Resolve(string scenarioPath, string? worldValue) =>
        Path.GetFullPath(Path.Combine(Path.GetDirectoryName(Path.GetFullPath(scenarioPath)) ?? ".", worldValue ?? Default));
}
