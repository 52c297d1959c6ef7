namespace CoopSim.Scenarios.Bundles;

/// <summary>
/// A scenario file and the world files it loads, as text, with the relative layout that its <c>world:</c>
/// path needs. It is what a client ships to silos on other machines, so they run the scenario without a
/// copy of the files; <see cref="Hash"/> names the content, so each silo compiles it once.
/// </summary>
public sealed record ScenarioBundle(string ScenarioPath, IReadOnlyList<ScenarioBundleFile> Files, string Hash);
