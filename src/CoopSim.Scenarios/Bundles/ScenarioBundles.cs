using System.Security.Cryptography;
using System.Text;
using YamlDotNet.RepresentationModel;

namespace CoopSim.Scenarios.Bundles;

/// <summary>Captures a scenario's files into a <see cref="ScenarioBundle"/> and writes one back out to load it.</summary>
public static class ScenarioBundles
{
    /// <summary>The scenario file and every world file it loads, relative to the folder that holds them all.</summary>
    /// <exception cref="IOException">A file could not be read, or the scenario names no world files.</exception>
    public static ScenarioBundle Capture(string scenarioPath)
    {
        var scenario = Path.GetFullPath(scenarioPath);
        var worldFiles = WorldFilesOf(scenarioPath);
        var all = worldFiles.Select(Path.GetFullPath).Append(scenario).Distinct(StringComparer.Ordinal).ToArray();
        var root = CommonFolder(all);
        var files = all.Select(f => new ScenarioBundleFile(Relative(root, f), File.ReadAllBytes(f)))
            .OrderBy(f => f.RelativePath, StringComparer.Ordinal).ToArray();
        var scenarioRelative = Relative(root, scenario);
        return new ScenarioBundle(scenarioRelative, files, HashOf(scenarioRelative, files));
    }

    /// <summary>The world files the scenario at <paramref name="scenarioPath"/> loads, as the loader lists them.</summary>
    /// <exception cref="IOException">A file could not be read, or the scenario names no world files.</exception>
    public static IReadOnlyList<string> WorldFilesOf(string scenarioPath)
    {
        var scenario = Path.GetFullPath(scenarioPath);
        var world = BuiltInWorld.Resolve(scenario, WorldValue(scenario));
        var diagnostics = new Yaml.DiagnosticBag();
        return WorldLoader.WorldFiles(world, diagnostics)
            ?? throw new IOException($"{scenarioPath}: the world '{world}' has no files to ship");
    }

    /// <summary>SHA-256 over the scenario's name and every file's path and bytes, in path order.</summary>
    public static string HashOf(string scenarioPath, IReadOnlyList<ScenarioBundleFile> files)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData(Encoding.UTF8.GetBytes(scenarioPath + "\0"));
        foreach (var file in files.OrderBy(f => f.RelativePath, StringComparer.Ordinal))
        {
            hash.AppendData(Encoding.UTF8.GetBytes($"{file.RelativePath}\0{file.Content.Length}\0"));
            hash.AppendData(file.Content);
        }

        return Convert.ToHexString(hash.GetHashAndReset()).ToLowerInvariant();
    }

    /// <summary>
    /// Names a study's point: the files' hash when nothing was changed, else SHA-256 over the files' hash and the
    /// changes' text (<see cref="ScenarioChanges.ToText"/>), so two points of one sweep never share a silo's plan.
    /// </summary>
    public static string HashWith(string filesHash, string changes)
    {
        if (changes.Length == 0) return filesHash;
        var bytes = SHA256.HashData(Encoding.UTF8.GetBytes($"{filesHash}\0{changes}"));
        return Convert.ToHexString(bytes).ToLowerInvariant();
    }

    /// <summary>
    /// Writes the bundle under <paramref name="folder"/> and returns the scenario file's path there. A bundle
    /// comes over the network, so its hash is checked and no path may leave the folder.
    /// </summary>
    /// <exception cref="InvalidDataException">The content does not match the hash, or a path escapes the folder.</exception>
    public static string Materialize(ScenarioBundle bundle, string folder)
    {
        if (!string.Equals(HashOf(bundle.ScenarioPath, bundle.Files), bundle.Hash, StringComparison.Ordinal))
            throw new InvalidDataException("the scenario bundle's content does not match its hash");
        var root = Path.GetFullPath(folder);
        foreach (var file in bundle.Files)
        {
            var target = Inside(root, file.RelativePath);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.WriteAllBytes(target, file.Content);
        }

        return Inside(root, bundle.ScenarioPath);
    }

    private static string Inside(string root, string relative)
    {
        var full = Path.GetFullPath(Path.Combine(root, relative));
        if (Path.IsPathRooted(relative) || !full.StartsWith(root + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            throw new InvalidDataException($"the scenario bundle names a path outside its folder: '{relative}'");
        return full;
    }

    private static string? WorldValue(string scenario)
    {
        var stream = new YamlStream();
        using (var reader = new StreamReader(scenario)) stream.Load(reader);
        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlMappingNode map) return null;
        return map.Children.TryGetValue(new YamlScalarNode("world"), out var node) && node is YamlScalarNode scalar ? scalar.Value : null;
    }

    private static string CommonFolder(IReadOnlyList<string> files)
    {
        var common = Path.GetDirectoryName(files[0])!;
        foreach (var file in files.Skip(1))
        {
            while (!file.StartsWith(common.TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar, StringComparison.Ordinal))
                common = Path.GetDirectoryName(common) ?? throw new IOException("the scenario's files share no folder");
        }

        return common;
    }

    private static string Relative(string root, string file) => Path.GetRelativePath(root, file).Replace(Path.DirectorySeparatorChar, '/');
}
