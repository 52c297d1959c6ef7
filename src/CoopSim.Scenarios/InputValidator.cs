using CoopSim.Scenarios.Yaml;
using YamlDotNet.RepresentationModel;

namespace CoopSim.Scenarios;

/// <summary>
/// What <c>coopsim validate</c> checks: a folder or file is a world when its top-level keys are world keys
/// (countries, agencies, …), otherwise a scenario, which is checked together with the world it names.
/// </summary>
public static class InputValidator
{
    public sealed record Outcome(string Path, string What, IReadOnlyList<Diagnostic> Diagnostics, string Summary);

    public static Outcome Validate(string path)
    {
        if (Directory.Exists(path))
        {
            var world = WorldLoader.Load(path);
            return new Outcome(path, "world", world.Diagnostics,
                world.Value is { } w ? $"{w.Countries.Count} countries, {w.Agencies.Count} agencies, {w.Channels.Count} channels, {w.Agreements.Count} agreements" : "");
        }

        if (IsWorldFile(path))
        {
            // A single world file refers to ids in its siblings, so it is checked as part of its folder.
            var folder = System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(path)) ?? ".";
            var world = WorldLoader.Load(folder);
            var mine = System.IO.Path.GetFullPath(path);
            var relevant = world.Diagnostics.Where(d => System.IO.Path.GetFullPath(d.Location.File) == mine).ToArray();
            return new Outcome(path, "world file", relevant, "part of the world in " + WorldLoader.DisplayPath(folder));
        }

        var scenario = ScenarioLoader.Load(path);
        return new Outcome(path, "scenario", scenario.Diagnostics,
            scenario.Value is { } s
                ? $"{Count(s.Alerts.Count, "alert")}, {Count(s.Subjects.Count, "subject")}, {Count(s.Expectations.Count, "expectation")}, world of {Count(s.World.Agencies.Count, "agency", "agencies")}"
                : "");
    }

    private static string Count(int n, string one, string? many = null) => n == 1 ? $"1 {one}" : $"{n} {many ?? one + "s"}";

    /// <summary>A file whose top-level keys are all world keys (countries, agencies, channels, …): part of a world, not a scenario.</summary>
    public static bool IsWorldFile(string path)
    {
        if (!File.Exists(path)) return false;
        var probe = new DiagnosticBag();
        // An empty mapping ({}) is neither: it is checked as a scenario, whose missing keys are then reported.
        return YamlFile.Read(path, probe) is YamlMappingNode { Children.Count: > 0 } map
            && map.Children.Keys.OfType<YamlScalarNode>().All(k => Binding.WorldBinder.WorldKeys.Contains(k.Value));
    }
}
